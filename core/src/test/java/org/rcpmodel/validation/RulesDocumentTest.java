package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/RULES.md, the message bundles and {@link RuleCatalogue#rules()} say the same. */
class RulesDocumentTest {

  private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z.-]+)` \\| (ERROR|WARNING|INFO) \\|", Pattern.MULTILINE);

  private static String rulesDocument() throws IOException {
    return Files.readString(Path.of("..", "docs", "RULES.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theTableOfRulesMdListsExactlyTheCatalogueWithItsSeverities() throws IOException {
    Matcher m = TABLE_ROW.matcher(rulesDocument());
    List<String> documented = new ArrayList<>();
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2));
    }
    assertThat(documented).containsExactlyElementsOf(
        RuleCatalogue.rules().stream().map(r -> r.code() + " " + r.severity()).toList());
  }

  @Test
  void everyRuleHasASectionWithAJsonExample() throws IOException {
    String doc = rulesDocument();
    for (Rule rule : RuleCatalogue.rules()) {
      int section = doc.indexOf("### `" + rule.code() + "`\n");
      assertThat(section).as(rule.code()).isGreaterThan(0);
      int next = doc.indexOf("\n### ", section + 4);
      String body = doc.substring(section, next < 0 ? doc.length() : next);
      assertThat(body).as(rule.code()).contains("```json\n{").contains("Reported at `");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ValidationMessages.properties", "/ValidationMessages_ru.properties"})
  void everyRuleHasAMessageInEnglishAndRussian(String bundle) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = RulesDocumentTest.class.getResourceAsStream(bundle)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (Rule rule : RuleCatalogue.rules()) {
      if (!rule.code().startsWith("field.")) {
        assertThat(messages.getProperty(rule.messageKey())).as(rule.code()).isNotBlank();
      }
    }
    assertThat(messages.getProperty("org.rcpmodel.field.required")).isNotBlank();
  }

  @Test
  void catalogueCodesAreUniqueAndFindable() {
    assertThat(RuleCatalogue.rules()).extracting(Rule::code).doesNotHaveDuplicates().hasSize(28);
    assertThat(RuleCatalogue.find("chair.overlap")).get().extracting(Rule::severity).isEqualTo(Severity.ERROR);
    assertThat(RuleCatalogue.find("no.such-rule")).isEmpty();
  }
}
