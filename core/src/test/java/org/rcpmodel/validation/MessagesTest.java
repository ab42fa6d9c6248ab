package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundles are found as resources of the library, chained as ResourceBundle.getBundle chains
 * them but without falling back to the JVM's default locale (what ResourceBundle.Control did before
 * it had to go, as named modules refuse it).
 */
class MessagesTest {

  private static final String KEY = "org.rcpmodel.rule.chair.not-member";
  private static final Map<String, String> PARAMETERS = Map.of("participant", "ITA", "period", "2030/2032");
  private static final String ENGLISH = "ITA chairs during 2030/2032 without being a member for the whole term";
  private static final String RUSSIAN = "ITA председательствует в период 2030/2032, не будучи членом весь этот срок";

  @Test
  void russianAndItsCountryVariantsGetTheRussianBundle() {
    assertThat(Messages.render(KEY, PARAMETERS, Locale.forLanguageTag("ru"))).isEqualTo(RUSSIAN);
    assertThat(Messages.render(KEY, PARAMETERS, Locale.forLanguageTag("ru-RU"))).isEqualTo(RUSSIAN);
    assertThat(Messages.render(KEY, PARAMETERS, Locale.forLanguageTag("ru-KZ"))).isEqualTo(RUSSIAN);
  }

  @Test
  void aLocaleWithoutABundleGetsEnglishEvenWhenTheDefaultLocaleIsRussian() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("ru"));
    try {
      assertThat(Messages.render(KEY, PARAMETERS, Locale.GERMAN)).isEqualTo(ENGLISH);
      assertThat(Messages.render(KEY, PARAMETERS, Locale.ROOT)).isEqualTo(ENGLISH);
      assertThat(Messages.render(KEY, PARAMETERS, Locale.ENGLISH)).isEqualTo(ENGLISH);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aKeyNoBundleHasStaysInBraces() {
    assertThat(Messages.render("org.rcpmodel.rule.no-such-rule", PARAMETERS, Locale.forLanguageTag("ru")))
        .isEqualTo("{org.rcpmodel.rule.no-such-rule}");
  }
}
