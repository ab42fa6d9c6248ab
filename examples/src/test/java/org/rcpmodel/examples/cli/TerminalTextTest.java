package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escapeSequencesAreNeutralisedByEscapingTheirEscape() {
    assertThat(TerminalText.safe("id\u001b]52;c;SGVsbG8=\u0007x")).isEqualTo("id\\u001b]52;c;SGVsbG8=\\u0007x");
    assertThat(TerminalText.safe("\u001b[2J")).isEqualTo("\\u001b[2J");
    assertThat(TerminalText.safe("one-byte CSI \u009b2J")).isEqualTo("one-byte CSI \\u009b2J");
  }

  @Test
  void lineBreaksTabsAndDeleteAreEscapedSoAFindingStaysOneLine() {
    assertThat(TerminalText.safe("a\nERROR forged\r\tb\u007f")).isEqualTo("a\\u000aERROR forged\\u000d\\u0009b\\u007f");
    assertThat(TerminalText.safe("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
  }

  @Test
  void bidirectionalOverridesIsolatesAndMarksAreEscaped() {
    assertThat(TerminalText.safe("\u202eabc\u202c \u2066x\u2069 \u200e\u200f\u061c"))
        .isEqualTo("\\u202eabc\\u202c \\u2066x\\u2069 \\u200e\\u200f\\u061c");
  }

  @Test
  void lettersOfEveryScriptAndPairedSurrogatesAreKeptAsTheyAre() {
    String text = "Türkiye, Казахстан, 日本, \uD83C\uDDF0\uD83C\uDDFF, a\\u001b";
    assertThat(TerminalText.safe(text)).isSameAs(text);
  }

  @Test
  void unpairedSurrogatesAreEscaped() {
    assertThat(TerminalText.safe("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
  }

  @Test
  void fileNamesAreMadeSafeLikeText() {
    assertThat(TerminalText.safe(Path.of("dir", "evil\u001b[2J.json"))).isEqualTo("dir/evil\\u001b[2J.json");
    assertThat(TerminalText.safe((Path) null)).isEqualTo("null");
  }

  @Test
  void safeTextHoldsNoCharacterATerminalActsOnAndChangesNothingElse() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
      String safe = TerminalText.safe(text);
      for (int i = 0; i < safe.length(); i++) {
        char c = safe.charAt(i);
        assertThat(TerminalText.isUnsafe(c)).as("U+%04X in %s", (int) c, safe).isFalse();
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < safe.length() && Character.isLowSurrogate(safe.charAt(i + 1))).isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).isFalse();
        }
      }
      // Undoing the escapes the input could not have held gives the input back.
      StringBuilder undone = new StringBuilder();
      for (int i = 0; i < safe.length(); i++) {
        if (safe.startsWith("\\u", i) && i + 6 <= safe.length()
            && safe.substring(i + 2, i + 6).matches("[0-9a-f]{4}")) {
          char c = (char) Integer.parseInt(safe.substring(i + 2, i + 6), 16);
          if (TerminalText.isUnsafe(c) || Character.isSurrogate(c)) {
            undone.append(c);
            i += 5;
            continue;
          }
        }
        undone.append(safe.charAt(i));
      }
      if (!text.contains("\\u")) {
        assertThat(undone.toString()).isEqualTo(text);
      }
    });
  }
}
