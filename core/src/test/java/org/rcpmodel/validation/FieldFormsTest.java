package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The engine's character checks accept exactly what the annotations' regular expressions accept. */
class FieldFormsTest {

  // The regular expressions of org.rcpmodel.Patterns and Document.getSchemaVersion().
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");
  private static final Pattern SCHEMA_VERSION = Pattern.compile("[0-9]+\\.[0-9]+");

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<String> edgy = Arbitraries.strings()
        .withChars('a', 'Z', 'z', 'A', '0', '9', '.', '_', '-', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u2003',
            '\u00A0', '\u0001', '/', '@', 'Ы', '٣')
        .ofMaxLength(6);
    Arbitrary<String> long_ = Arbitraries.strings().withChars('a', 'b', '.', '-').ofMinLength(120).ofMaxLength(135)
        .map(s -> "a" + s);
    return Arbitraries.oneOf(edgy, long_, Arbitraries.strings().ofMaxLength(5), Arbitraries.of("\uD83D\uDE00", ""));
  }

  @Property(tries = 2000)
  void idsMatchTheIdPattern(@ForAll("strings") String s) {
    assertThat(FieldForms.isId(s)).isEqualTo(ID.matcher(s).matches());
  }

  @Property(tries = 2000)
  void stateCodesMatchTheStateCodePattern(@ForAll("strings") String s) {
    assertThat(FieldForms.isStateCode(s)).isEqualTo(STATE_CODE.matcher(s).matches());
    assertThat(FieldForms.isStateCode(s.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(3, s.length()))))
        .isEqualTo(STATE_CODE.matcher(s.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(3, s.length())))
            .matches());
  }

  @Property(tries = 2000)
  void optionalTextMatchesTheNotBlankPattern(@ForAll("strings") String s) {
    assertThat(FieldForms.hasNonSpace(s)).isEqualTo(NOT_BLANK.matcher(s).matches());
  }

  @Property(tries = 2000)
  void schemaVersionsMatchTheSchemaVersionPattern(@ForAll("strings") String s) {
    String version = s.replaceAll("[^0-9.]", "");
    assertThat(FieldForms.isSchemaVersion(version)).isEqualTo(SCHEMA_VERSION.matcher(version).matches());
    assertThat(FieldForms.isSchemaVersion(s)).isEqualTo(SCHEMA_VERSION.matcher(s).matches());
  }
}
