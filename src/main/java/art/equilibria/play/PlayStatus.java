package art.equilibria.play;

import art.equilibria.bench.MemorySample;

/**
 * What the status file and endpoint say about a show.
 *
 * @param state playing, starting (no frame yet), closed (outside opening hours) or stopped
 * @param source what is shown: the run generated (and at what size), a video, or a crossfade
 * @param entry which entry of the programme is on ("2 of 3: NAME"), or null when there is one
 * @param nextSwitch when the next entry is due, local date and time, or null when none is
 * @param degraded why the show fell back from its best source, or null
 * @param frame index of the frame on the screen (-1: none yet)
 * @param shown frames shown since the start
 * @param dropped frames skipped because they were not ready in time
 * @param fps the frame rate aimed at (0: unpaced)
 * @param rate frames shown per second over the last seconds
 * @param generated frames made per second over the last seconds
 * @param speed frames of the loop per frame of time
 * @param truncation truncation psi set by a control, or null: as the piece says
 * @param uptimeSeconds since the player started
 * @param restarts times the watchdog restarted generation
 * @param lastError the last failure the watchdog saw, or null
 * @param memory the last memory sample (resident, native, heap, live arrays), or null
 * @param hours opening hours, or always
 */
public record PlayStatus(
    String state,
    String source,
    String entry,
    String nextSwitch,
    String degraded,
    long frame,
    long shown,
    long dropped,
    double fps,
    double rate,
    double generated,
    double speed,
    Double truncation,
    double uptimeSeconds,
    int restarts,
    String lastError,
    MemorySample memory,
    String hours) {}
