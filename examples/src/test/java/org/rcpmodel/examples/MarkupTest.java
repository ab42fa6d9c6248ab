package org.rcpmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void markupCharactersBecomeReferences() {
    assertThat(Markup.escape("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void bidiOverridesAndC1ControlsAreShownNotObeyed() {
    assertThat(Markup.escape("title\u202e gnp.exe")).isEqualTo("title\\u202e gnp.exe");
    assertThat(Markup.escape("a\u2066b\u2069c\u200fd\u061ce")).isEqualTo("a\\u2066b\\u2069c\\u200fd\\u061ce");
    assertThat(Markup.escape("x\u009by\u0085z\u2028w\u007f")).isEqualTo("x\\u009by\\u0085z\\u2028w\\u007f");
  }

  @Test
  void lettersOfAnyScriptAndCompletePairsAreKept() {
    assertThat(Markup.escape("Türkiye Казахстан 中国 \uD83C\uDDF0")).isEqualTo("Türkiye Казахстан 中国 \uD83C\uDDF0");
  }

  @Test
  void whatXmlCannotHoldBecomesTheReplacementCharacter() {
    assertThat(Markup.escape("a\u001bb\u0007c\ud800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(Markup.escape("tab\tand\nline")).isEqualTo("tab\tand\nline");
  }
}
