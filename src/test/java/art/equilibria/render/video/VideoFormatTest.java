package art.equilibria.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VideoFormatTest {

  @Test
  void pieceNamesSelectFormats() {
    assertEquals(VideoFormat.H264, VideoFormat.named("h264"));
    assertEquals(VideoFormat.PRORES, VideoFormat.named("prores"));
    assertEquals(VideoFormat.HAP, VideoFormat.named("hap"));
    assertEquals(VideoFormat.FFV1, VideoFormat.named("ffv1"));
    assertEquals(VideoFormat.VP9, VideoFormat.named("vp9"));
    assertEquals(VideoFormat.PNG, VideoFormat.named("png"));
    assertEquals(VideoFormat.H264, VideoFormat.named(" H264 "));
  }

  @Test
  void unknownNameListsTheAllowedNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VideoFormat.named("avi"));
    assertTrue(e.getMessage().contains("'avi'"), e.getMessage());
    assertTrue(e.getMessage().contains("h264, prores, hap, ffv1, vp9, png"), e.getMessage());
  }

  @Test
  void eachFormatNamesItsContainerEncoderAndPixels() {
    assertEquals("mp4", VideoFormat.H264.extension());
    assertEquals("mov", VideoFormat.PRORES.extension());
    assertEquals("mov", VideoFormat.HAP.extension());
    assertEquals("mkv", VideoFormat.FFV1.extension());
    assertEquals("webm", VideoFormat.VP9.extension());
    assertTrue(VideoFormat.PNG.isFolder());
    assertEquals("libx264", VideoFormat.H264.codecName());
    assertEquals("prores_ks", VideoFormat.PRORES.codecName());
    assertEquals("libvpx-vp9", VideoFormat.VP9.codecName());
    assertEquals("yuv420p", VideoFormat.H264.pixelFormat());
    assertEquals("yuv420p", VideoFormat.VP9.pixelFormat());
    assertEquals("yuv422p10le", VideoFormat.PRORES.pixelFormat());
    assertEquals("bgr0", VideoFormat.FFV1.pixelFormat());
    assertEquals("rgb0", VideoFormat.HAP.pixelFormat());
    assertEquals("rgb24", VideoFormat.PNG.pixelFormat());
  }
}
