package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reading limit fails fast with {@code json.limit}, on inputs of a few megabytes. */
class LimitsTest {

  private static final int MEGABYTES = 3 * 1024 * 1024;

  private static String repeat(char c, int times) {
    return String.valueOf(c).repeat(times);
  }

  @Test
  void aHugeStringFailsAtTheStringLengthLimit() {
    String text = "{\"schemaVersion\": \"1.0\", \"title\": \"" + repeat('x', MEGABYTES) + "\"}";
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(text));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getPointer()).isEqualTo("/title");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getDetail()).contains("reading limit", String.valueOf(RcpJson.DEFAULT_MAX_STRING_LENGTH));
  }

  @Test
  void aHugeIdFailsAtTheStringLengthLimitToo() {
    // Ids, codes, dates and periods are read through the per-read table of shared names.
    String text = "{\"schemaVersion\": \"1.0\", \"sources\": [{\"id\": \"" + repeat('x', MEGABYTES) + "\"}]}";
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(text));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getPointer()).isEqualTo("/sources/0/id");
    assertThat(e.getDetail()).contains("reading limit", String.valueOf(RcpJson.DEFAULT_MAX_STRING_LENGTH));
  }

  @Test
  void deepNestingFailsAtTheDepthLimitEvenInsideSkippedContent() {
    String text = "{\"schemaVersion\": \"1.0\", \"skipped\": " + repeat('[', MEGABYTES) + "}";
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.lenient().read(text));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(text.indexOf('[') + RcpJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(e.getDetail()).contains("depth", String.valueOf(RcpJson.DEFAULT_MAX_NESTING_DEPTH));
  }

  @Test
  void aHugeNumberFailsAtTheNumberLengthLimit() {
    String text = """
        {"schemaVersion": "1.0", "organizations": [{"id": "iom", "name": "IOM", "figures": [
          {"metric": "memberStates", "value": %s, "approximation": "EXACT", "scope": "SUBJECT"}]}]}
        """.formatted(repeat('9', MEGABYTES));
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(text));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getPointer()).isEqualTo("/organizations/0/figures/0/value");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getDetail()).contains("Number value length");
  }

  @Test
  void aHugePropertyNameFailsAtTheNameLengthLimit() {
    String text = "{\"schemaVersion\": \"1.0\", \"" + repeat('n', MEGABYTES) + "\": 1}";
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.lenient().read(text));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getDetail()).contains("Name length");
  }

  @Test
  void anUnclosedOverlongNameFailsTheSameWayAfterReadsThatGrewJacksonsSharedBuffers() {
    RcpJson json = RcpJson.strict();
    List<String> texts = new ArrayList<>();
    for (int length : new int[] {300, 33_000, 40_000, 64_156, 100_000}) {
      texts.add("{\"" + repeat('A', length));
    }
    List<String> before = texts.stream().map(t -> failure(json, t)).toList();
    // Long string values make Jackson pool larger buffers, which a text over 32K characters read into.
    failure(json, "{\"title\": \"" + repeat('x', 96_000) + "\"}");
    failure(json, "{\"title\": \"" + repeat('x', 32_000) + "\"}");
    List<String> after = texts.stream().map(t -> failure(json, t)).toList();

    assertThat(after).isEqualTo(before);
    assertThat(texts.stream().map(t -> failure(RcpJson.builder().build(), t)).toList()).isEqualTo(before);
    // Both codes describe such a text truly (it ends inside a name longer than the limit); which one
    // Jackson meets first depends on the length, never on earlier reads.
    assertThat(before).allSatisfy(f -> assertThat(f).matches("(json\\.malformed 1:\\d+|json\\.limit 1:1)"));
  }

  private static String failure(RcpJson json, String text) {
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> json.read(text));
    return e.getCode() + " " + e.getLine() + ":" + e.getColumn();
  }

  /** A well-formed document of about {@code bytes} bytes: many States. */
  private static byte[] bigDocument(int bytes) {
    StringBuilder sb = new StringBuilder("{\"schemaVersion\": \"1.0\", \"states\": [");
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"code\": \"KAZ\", \"name\": \"Kazakhstan\"}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aStreamLongerThanTheDocumentLimitFailsOnceTheLimitIsPassed() {
    RcpJson small = RcpJson.builder().maxDocumentLength(1024 * 1024).build();
    byte[] bytes = bigDocument(MEGABYTES);
    CountingStream in = new CountingStream(bytes);
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> small.read(in, "big.json"));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getDetail()).contains("Document length");
    assertThat(e.getMessage()).startsWith("big.json:");
    // Fails fast: stops reading soon after the first megabyte, not at the end of the input.
    assertThat(in.consumed).isLessThan(2 * 1024 * 1024);
    assertThat(RcpJson.strict().read(new ByteArrayInputStream(bytes))
        .document().getStates()).hasSizeGreaterThan(10_000);
  }

  @Test
  void aFileLongerThanTheDocumentLimitIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.json");
    Files.write(file, bigDocument(MEGABYTES));
    RcpJson small = RcpJson.builder().maxDocumentLength(1024 * 1024).build();
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> small.read(file));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getMessage()).startsWith(file.toString()).contains("1048576 bytes");
  }

  @Test
  void limitsBelowWhatAValidDocumentNeedsAreRefused() {
    assertThatThrownBy(() -> RcpJson.builder().maxNestingDepth(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> RcpJson.builder().maxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** An input stream that counts the bytes taken from it. */
  private static final class CountingStream extends InputStream {
    private final byte[] bytes;
    private int consumed;

    CountingStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return consumed < bytes.length ? bytes[consumed++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (consumed >= bytes.length) {
        return -1;
      }
      int n = Math.min(len, bytes.length - consumed);
      System.arraycopy(bytes, consumed, b, off, n);
      consumed += n;
      return n;
    }
  }
}
