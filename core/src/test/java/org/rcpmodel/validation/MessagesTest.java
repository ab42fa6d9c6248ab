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

  @Test
  void aPhraseIsSaidInTheLanguageOfItsMessageAndTheDataInItStaysLiteral() {
    Map<String, Object> parameters = Map.of("participant", "TKM", "role", Phrase.role(org.rcpmodel.Role.OBSERVER),
        "otherRole", Phrase.role(org.rcpmodel.Role.MEMBER), "first", "{org.rcpmodel.word.role.MEMBER}");
    String key = "org.rcpmodel.rule.role.conflict";
    assertThat(Messages.render(key, parameters, Locale.ENGLISH))
        .isEqualTo("TKM is an observer here and a member at {org.rcpmodel.word.role.MEMBER} at the same time");
    assertThat(Messages.render(key, parameters, Locale.forLanguageTag("ru")))
        .isEqualTo("TKM одновременно наблюдатель здесь и член в {org.rcpmodel.word.role.MEMBER}");
  }

  @Test
  void aPhraseThatHibernateValidatorPrintsIsInTheLocaleBeingInterpolatedElseTheDefault() {
    Object period = Phrase.span(org.rcpmodel.time.Span.of(org.rcpmodel.time.Period.unknown(),
        org.rcpmodel.time.PartialDate.parse("2025-04-24")));
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertThat(period.toString()).isEqualTo("(as of 2025-04-24)");
      assertThat(Messages.interpolatingIn(Locale.forLanguageTag("ru"), period::toString))
          .isEqualTo("(по состоянию на 2025-04-24)");
      assertThat(period.toString()).isEqualTo("(as of 2025-04-24)");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void alternativesAreJoinedWithOrInTheMessagesLanguageAndNoneIsSaidInWords() {
    assertThat(((Phrase) Phrase.anyOf(java.util.List.of("2013", "1993", "1991"))).render(Locale.forLanguageTag("ru")))
        .isEqualTo("2013 или 1993 или 1991");
    assertThat(((Phrase) Phrase.anyOf(java.util.List.of("2013", "1993"))).render(Locale.ENGLISH)).isEqualTo("2013 or 1993");
    assertThat(Phrase.anyOf(java.util.List.of("2013"))).isEqualTo("2013");
    assertThat(((Phrase) Phrase.anyOf(java.util.List.of())).render(Locale.ENGLISH)).isEqualTo("date not recorded");
    assertThat(((Phrase) Phrase.period(org.rcpmodel.time.Period.unknown())).render(Locale.forLanguageTag("ru")))
        .isEqualTo("(даты не указаны)");
    assertThat(Phrase.period(org.rcpmodel.time.Period.parse("2013-06/2016-11"))).isEqualTo("2013-06/2016-11");
  }

  @Test
  void everyKindMetricScopeRoleAndPropertyHasWordsInBothLanguages() {
    java.util.List<Phrase> words = new java.util.ArrayList<>();
    Phrase.KINDS.forEach(kind -> words.add((Phrase) Phrase.kind(kind)));
    Phrase.KNOWN_METRICS.forEach(metric -> words.add(Phrase.metric(metric)));
    for (org.rcpmodel.Role role : org.rcpmodel.Role.values()) {
      words.add(Phrase.role(role));
    }
    for (org.rcpmodel.FigureScope scope : org.rcpmodel.FigureScope.values()) {
      words.add(Phrase.scope(scope));
    }
    for (org.rcpmodel.StatedProperty property : org.rcpmodel.StatedProperty.values()) {
      words.add(Phrase.property(property));
    }
    for (Phrase phrase : words) {
      assertThat(phrase.render(Locale.ENGLISH)).as(phrase.key()).doesNotContain("{").containsPattern("[a-z]");
      assertThat(phrase.render(Locale.forLanguageTag("ru"))).as(phrase.key()).doesNotContain("{").containsPattern("[а-я]");
    }
    assertThat(Phrase.kind("unheard-of")).isEqualTo("unheard-of");
  }
}
