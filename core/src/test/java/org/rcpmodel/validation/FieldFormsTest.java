package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.rcpmodel.Gens.anyChars;
import static org.rcpmodel.Gens.oneOf;
import static org.rcpmodel.Gens.pick;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rcpmodel.Gens;

/** The engine's character checks accept exactly what the annotations' regular expressions accept. */
class FieldFormsTest {

  // The regular expressions of org.rcpmodel.Patterns and Document.getSchemaVersion().
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");
  private static final Pattern SCHEMA_VERSION = Pattern.compile("[0-9]+\\.[0-9]+");

  private static Gen<String> strings() {
    Gen<String> edgy = Gens.strings("aZzA09._- \t\n\u000B\f\r\u2003\u00A0\u0001/@Ы٣", 0, 6);
    Gen<String> long_ = Gens.strings("ab.-", 120, 135).map(s -> "a" + s);
    return oneOf(edgy, long_, Gens.strings(anyChars(), 0, 5), pick("\uD83D\uDE00", ""));
  }

  @Test
  void idsMatchTheIdPattern() {
    qt().withExamples(2000).forAll(strings()).checkAssert(FieldFormsTest::idsMatchTheIdPattern);
  }

  private static void idsMatchTheIdPattern(String s) {
    assertThat(FieldForms.isId(s)).isEqualTo(ID.matcher(s).matches());
  }

  @Test
  void stateCodesMatchTheStateCodePattern() {
    qt().withExamples(2000).forAll(strings()).checkAssert(FieldFormsTest::stateCodesMatchTheStateCodePattern);
  }

  private static void stateCodesMatchTheStateCodePattern(String s) {
    assertThat(FieldForms.isStateCode(s)).isEqualTo(STATE_CODE.matcher(s).matches());
    assertThat(FieldForms.isStateCode(s.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(3, s.length()))))
        .isEqualTo(STATE_CODE.matcher(s.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(3, s.length())))
            .matches());
  }

  @Test
  void optionalTextMatchesTheNotBlankPattern() {
    qt().withExamples(2000).forAll(strings()).checkAssert(FieldFormsTest::optionalTextMatchesTheNotBlankPattern);
  }

  private static void optionalTextMatchesTheNotBlankPattern(String s) {
    assertThat(FieldForms.hasNonSpace(s)).isEqualTo(NOT_BLANK.matcher(s).matches());
  }

  @Test
  void schemaVersionsMatchTheSchemaVersionPattern() {
    qt().withExamples(2000).forAll(strings()).checkAssert(FieldFormsTest::schemaVersionsMatchTheSchemaVersionPattern);
  }

  private static void schemaVersionsMatchTheSchemaVersionPattern(String s) {
    String version = s.replaceAll("[^0-9.]", "");
    assertThat(FieldForms.isSchemaVersion(version)).isEqualTo(SCHEMA_VERSION.matcher(version).matches());
    assertThat(FieldForms.isSchemaVersion(s)).isEqualTo(SCHEMA_VERSION.matcher(s).matches());
  }

  @Test
  void everyCharacterCheckStandingInForAnExpressionAcceptsExactlyWhatTheExpressionAccepts() {
    Gen<String> languageLike = Gens.strings("abzAZ09-é", 0, 14);
    qt().withExamples(3000).forAll(oneOf(strings(), languageLike))
        .checkAssert(FieldFormsTest::everyCharacterCheckStandingInForAnExpressionAcceptsExactlyWhatTheExpressionAccepts);
  }

  private static void everyCharacterCheckStandingInForAnExpressionAcceptsExactlyWhatTheExpressionAccepts(String s) {
    for (String regexp : FieldForms.BY_REGEXP.keySet()) {
      boolean expected = Pattern.compile(regexp).matcher(s).matches();
      assertThat(FieldForms.BY_REGEXP.get(regexp).test(s)).as(regexp + " on " + s).isEqualTo(expected);
      assertThat(FieldForms.formOf(regexp)).as(regexp).isNotNegative();
      assertThat(FieldForms.matches(FieldForms.formOf(regexp), s)).as(regexp + " on " + s).isEqualTo(expected);
    }
    assertThat(FieldForms.BY_REGEXP).hasSize(5);
    assertThat(FieldForms.formOf("[a-z]+")).isEqualTo(-1);
  }

  @Test
  void languageTagsMatchTheLanguagePattern() {
    Pattern language = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    for (String s : new String[] {"es", "es-MX", "spa", "e", "espa", "es-", "es--MX", "es-123456789", "es-12345678",
        "ES", "zh-Hant-TW", "es_MX", ""}) {
      assertThat(FieldForms.isLanguage(s)).as(s).isEqualTo(language.matcher(s).matches());
    }
  }
}
