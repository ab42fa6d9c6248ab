package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Document;

class AlmatyRoundTripTest {

  static final String RESOURCE = "/almaty-process.json";

  static String almatyJson() throws IOException {
    try (InputStream in = AlmatyRoundTripTest.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private final RcpJson json = RcpJson.strict();

  @Test
  void theBundledAlmatyFileIsExactlyWhatTheFixtureWritesPretty() throws IOException {
    assertThat(almatyJson()).isEqualTo(json.writePretty(AlmatyFixture.document()) + "\n");
  }

  @Test
  void theAlmatyFileReadsToTheFixtureAndWritesBackByteForByte() throws IOException {
    String text = almatyJson();
    ReadResult result = json.read(text);
    assertThat(result.document()).isEqualTo(AlmatyFixture.document());
    assertThat(result.warnings()).isEmpty();
    assertThat(json.writePretty(result.document()) + "\n").isEqualTo(text);
  }

  @Test
  void compactWriteReadsBackEqualFromEveryKindOfInput(@TempDir Path dir) {
    Document almaty = AlmatyFixture.document();
    String compact = json.write(almaty);
    assertThat(compact).doesNotContain("\n", ": ");
    byte[] bytes = compact.getBytes(StandardCharsets.UTF_8);
    assertThat(json.read(compact).document()).isEqualTo(almaty);
    assertThat(json.read(new StringReader(compact)).document()).isEqualTo(almaty);
    assertThat(json.read(new ByteArrayInputStream(bytes)).document()).isEqualTo(almaty);
    Path file = dir.resolve("almaty.json");
    json.write(almaty, RcpJson.Layout.PRETTY, file);
    assertThat(json.read(file).document()).isEqualTo(almaty);
  }

  @Test
  void aFileWriteOfTextUtf8CannotEncodeEscapesItAndReadsBack(@TempDir Path dir) throws IOException {
    // A lone surrogate comes from reading valid JSON ("\\ud800"); Files.writeString refused it.
    Document odd = Document.builder().from(AlmatyFixture.document()).title("Almaty \ud800").build();
    Path file = dir.resolve("odd.json");
    json.write(odd, RcpJson.Layout.PRETTY, file);
    assertThat(Files.readString(file)).contains("Almaty \\uD800").endsWith("}\n");
    assertThat(json.read(file).document()).isEqualTo(odd);
  }

  @Test
  void aFailedFileWriteLeavesWhatWasThereAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside.txt"), "kept");
    assertThatThrownBy(() -> json.write(AlmatyFixture.document(), RcpJson.Layout.PRETTY, target))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void writingToAStreamGivesTheSameBytesAsWritingToAString() {
    Document almaty = AlmatyFixture.document();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(almaty, RcpJson.Layout.PRETTY, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writePretty(almaty));
  }

  @Test
  void schemaVersionComesFirstAndDefaultsAreWrittenButEmptyListsAreNot() {
    String pretty = json.writePretty(AlmatyFixture.document());
    assertThat(pretty).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"The Almaty Process\"");
    assertThat(pretty).contains("\"membershipRule\": {\n        \"organizationsAdmitted\": false\n      }");
    // Observers have no period: the property is left out, not written as null.
    assertThat(pretty).doesNotContain("null", "[]", "[ ]");
  }

  @Test
  void theCompleteExampleInFormatMdIsTheAlmatyDocument() throws IOException {
    String format = Files.readString(Path.of("..", "docs", "FORMAT.md"));
    String marker = "## Complete example: the Almaty Process";
    assertThat(format).contains(marker);
    String after = format.substring(format.indexOf(marker));
    String example = after.substring(after.indexOf("```json\n") + 8, after.lastIndexOf("\n```"));
    assertThat(example + "\n").isEqualTo(almatyJson());
  }
}
