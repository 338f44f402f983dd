package tangent.grader.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what the submission prints (standard output and error alike) during one test, keeping
 * at most {@code limit} bytes and noting how much was dropped.
 */
final class OutputCapture extends OutputStream {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    OutputCapture(int limit) {
        this.limit = limit;
    }

    PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, limit - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    /** What was printed since the last call, and clears it. */
    synchronized String take() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[... " + dropped + " more bytes not kept]";
        }
        kept.reset();
        dropped = 0;
        return text;
    }
}
