package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status is the same in the file and on the loopback endpoint. */
class StatusReportTest {
  private static final PlayStatus STATUS =
      new PlayStatus(
          "playing",
          "run",
          "2 of 3: night",
          "2026-12-01T18:00:00",
          null,
          41,
          42,
          1,
          30,
          29.5,
          29.8,
          1,
          0.7,
          12.5,
          2,
          "boom",
          null,
          "always");

  @Test
  void theFileAndTheEndpointSayTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("status.json");
    ObjectMapper json = new ObjectMapper();
    try (StatusReport report = new StatusReport(() -> STATUS, file, 0, 60_000)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(report.url()).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode());
      JsonNode served = json.readTree(answer.body());
      assertEquals(41, served.get("frame").asLong());
      assertEquals(2, served.get("restarts").asInt());
      assertEquals("boom", served.get("lastError").asText());
      assertEquals("2 of 3: night", served.get("entry").asText());
      assertEquals("2026-12-01T18:00:00", served.get("nextSwitch").asText());
      assertEquals(0.7, served.get("truncation").asDouble());
      assertEquals("127.0.0.1", URI.create(report.url().toString()).getHost());
    }
    assertEquals(41, json.readTree(file.toFile()).get("frame").asLong());
  }
}
