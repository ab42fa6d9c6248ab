package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adversarial documents of the hardening issue, each read from a stream in a JVM with a 64 MiB
 * heap ({@link AdversarialReadMain}): each is rejected with a typed error, having read a small part of
 * its input, without running out of memory. Numbers measured are printed; the limits asserted are
 * generous (the time bound catches a hang, not a slow machine).
 */
class SmallHeapReadingTest {

  static final String HEAP = "-Xmx64m";
  private static final Pattern LINE = Pattern.compile(
      "(\\w+) (strict|lenient) (.+?) pointer=(\\S*) ms=(\\d+) bytes=(\\d+) peakHeapMiB=(\\d+) \\|(.*)");

  private static final Map<String, Matcher> reads = new LinkedHashMap<>();
  private static int exitCode;

  @BeforeAll
  static void runInASmallHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, HEAP, "-cp", testClassPath(), AdversarialReadMain.class.getName())
        .redirectErrorStream(true).start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the adversarial reads finish").isTrue();
    exitCode = process.exitValue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    for (String line : output.split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (m.matches()) {
        reads.put(m.group(1) + " " + m.group(2), m);
      }
    }
  }

  static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static Matcher read(AdversarialInputs input, String mode) {
    Matcher m = reads.get(input + " " + mode);
    assertThat(m).as(input + " " + mode + " was read").isNotNull();
    return m;
  }

  private static void assertRejected(AdversarialInputs input, String mode, String code, String pointer,
      String messagePart) {
    Matcher m = read(input, mode);
    assertThat(m.group(3)).as(input + " " + mode).isEqualTo(code);
    assertThat(m.group(4)).isEqualTo(pointer);
    assertThat(m.group(8).strip()).startsWith(input.name() + ":1:").contains(messagePart);
    // Rejected early: at most a megabyte read, of inputs up to 100 MB.
    assertThat(Long.parseLong(m.group(6))).isLessThan(1024 * 1024);
  }

  @Test
  void everyReadEndsWithADocumentOrATypedErrorWithinTheSmallHeap() {
    assertThat(exitCode).isZero();
    assertThat(reads).hasSize(AdversarialInputs.values().length * 2);
    assertThat(reads.values()).allSatisfy(m -> assertThat(Long.parseLong(m.group(5))).isLessThan(60_000));
  }

  @Test
  void nesting100000DeepFailsAtTheDepthLimitOrAtTheUnknownProperty() {
    assertRejected(AdversarialInputs.NESTING_100_000_DEEP, "strict", "field.unknown", "/x", "Unknown property 'x'");
    // The root object and 63 arrays fill the depth limit of 64; the 64th array, at /x/0/.../0, is refused.
    assertRejected(AdversarialInputs.NESTING_100_000_DEEP, "lenient", "json.limit", "/x" + "/0".repeat(63),
        "Document nesting depth exceeds the maximum of 64");
  }

  @Test
  void aStringOf100MegabytesFailsAtTheStringLimit() {
    for (String mode : List.of("strict", "lenient")) {
      assertRejected(AdversarialInputs.STRING_OF_100_MB, mode, "json.limit", "/title",
          "String value length exceeds the maximum of 100000 characters");
    }
  }

  @Test
  void aNumberOf10000DigitsFailsAtTheNumberLimit() {
    for (String mode : List.of("strict", "lenient")) {
      assertRejected(AdversarialInputs.NUMBER_OF_10_000_DIGITS, mode, "json.limit", "/organizations/0/figures/0/value",
          "Number value length exceeds the maximum of 100 characters");
    }
  }

  @Test
  void anArrayOfAMillionElementsFailsAtTheArrayLimit() {
    for (String mode : List.of("strict", "lenient")) {
      assertRejected(AdversarialInputs.ARRAY_OF_1_000_000_ELEMENTS, mode, "json.limit", "/processes/0/sources/100000",
          "Array length exceeds the maximum of 100000 elements");
    }
  }

  @Test
  void aMillionRepeatsOfAKeyFailAtTheSecond() {
    for (String mode : List.of("strict", "lenient")) {
      assertRejected(AdversarialInputs.REPEATED_KEY, mode, "json.duplicate-key", "/title", "appears twice");
    }
    assertRejected(AdversarialInputs.REPEATED_UNKNOWN_KEY, "strict", "field.unknown", "/x", "Unknown property 'x'");
  }

  @Test
  void aMillionRepeatsOfAnUnknownKeyAreSkippedLenientlyWithABoundedListOfWarnings() {
    Matcher m = read(AdversarialInputs.REPEATED_UNKNOWN_KEY, "lenient");
    assertThat(m.group(3)).isEqualTo("document warnings=101");
    assertThat(Long.parseLong(m.group(6))).isEqualTo(AdversarialInputs.REPEATED_UNKNOWN_KEY.length());
  }
}
