package org.rcpmodel.json.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hostile documents of the hardening issue, generated as streams so that a test never holds them
 * whole: each is a list of segments, a piece of text repeated some number of times.
 */
enum AdversarialInputs {

  /** Arrays nested 100,000 deep, in a property a lenient reader would skip. */
  NESTING_100_000_DEEP(seg("{\"schemaVersion\":\"1.0\",\"x\":", 1), seg("[", 100_000), seg("]", 100_000),
      seg("}", 1)),
  /** A title of 100,000,000 characters. */
  STRING_OF_100_MB(seg("{\"schemaVersion\":\"1.0\",\"title\":\"", 1), seg("x", 100_000_000), seg("\"}", 1)),
  /** A figure value of 10,000 digits. */
  NUMBER_OF_10_000_DIGITS(seg("{\"schemaVersion\":\"1.0\",\"organizations\":[{\"id\":\"iom\",\"name\":\"IOM\","
      + "\"figures\":[{\"metric\":\"memberStates\",\"value\":", 1), seg("9", 10_000),
      seg(",\"approximation\":\"EXACT\",\"scope\":\"SUBJECT\"}]}]}", 1)),
  /** A process citing 1,000,000 sources: valid elements, the cheapest there are. */
  ARRAY_OF_1_000_000_ELEMENTS(seg("{\"schemaVersion\":\"1.0\",\"processes\":[{\"id\":\"p\",\"name\":\"P\","
      + "\"kind\":\"RCP\",\"sources\":[\"s\"", 1), seg(",\"s\"", 999_999), seg("]}]}", 1)),
  /** The title, 1,000,000 times. */
  REPEATED_KEY(seg("{\"schemaVersion\":\"1.0\"", 1), seg(",\"title\":\"t\"", 1_000_000), seg("}", 1)),
  /** An unknown property, 1,000,000 times: a strict reader rejects the first, a lenient one skips them all. */
  REPEATED_UNKNOWN_KEY(seg("{\"schemaVersion\":\"1.0\"", 1), seg(",\"x\":1", 1_000_000), seg("}", 1));

  private final List<Segment> segments;

  AdversarialInputs(Segment... segments) {
    this.segments = List.of(segments);
  }

  private static Segment seg(String text, long times) {
    return new Segment(text.getBytes(StandardCharsets.UTF_8), times);
  }

  private record Segment(byte[] bytes, long times) {}

  /** The total length in bytes. */
  long length() {
    return segments.stream().mapToLong(s -> s.bytes().length * s.times()).sum();
  }

  /** A fresh stream of the document; it counts the bytes taken from it. */
  CountingStream open() {
    return new CountingStream(segments);
  }

  /** Writes the document to a file, streaming. */
  Path writeTo(Path dir) throws IOException {
    Path file = dir.resolve(name().toLowerCase(java.util.Locale.ROOT) + ".json");
    try (InputStream in = open(); OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    return file;
  }

  /** Generates the segments lazily; remembers how many bytes were read. */
  static final class CountingStream extends InputStream {
    private final List<Segment> segments;
    private int segment;
    private long repeat;
    private int offset;
    private long consumed;

    private CountingStream(List<Segment> segments) {
      this.segments = segments;
    }

    long consumed() {
      return consumed;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len && segment < segments.size()) {
        Segment s = segments.get(segment);
        int take = Math.min(len - n, s.bytes().length - offset);
        System.arraycopy(s.bytes(), offset, b, off + n, take);
        n += take;
        offset += take;
        if (offset == s.bytes().length) {
          offset = 0;
          if (++repeat == s.times()) {
            repeat = 0;
            segment++;
          }
        }
      }
      consumed += n;
      return n == 0 && len > 0 ? -1 : n;
    }
  }
}
