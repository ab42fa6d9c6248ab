package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;

/**
 * What a short-lived program that only reads and writes through {@link RcpJson} pays at start-up:
 * checked in a fresh JVM, because the test JVM has loaded everything already.
 */
class StartupFootprintTest {

  /** Reads the Almaty document strictly and leniently, writes it both ways, and exits. */
  public static void main(String[] args) throws IOException {
    String text = AlmatyRoundTripTest.almatyJson();
    Document strict = RcpJson.strict().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .document();
    Document lenient = RcpJson.lenient().read(text).document();
    if (!strict.equals(lenient) || !RcpJson.strict().writePretty(strict).equals(text.strip())
        || RcpJson.strict().write(strict).isEmpty()) {
      System.exit(3);
    }
  }

  @Test
  void readingAndWritingThroughRcpJsonNeverLoadsJacksonDatabind() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xshare:auto", "-Xlog:class+load=info:stdout",
        "-cp", System.getProperty("java.class.path"), StartupFootprintTest.class.getName()))
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    List<String> log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("the child's read and write").isZero();
    assertThat(log).as("classes loaded").anyMatch(line -> line.contains(" tools.jackson.core.json.JsonFactory "));
    assertThat(log).as("classes loaded").noneMatch(line -> line.contains(" tools.jackson.databind."));
  }
}
