package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Document;

/**
 * The Russian messages say everything the English ones say: same keys, and every parameter of each;
 * and no English word reaches them through a parameter.
 */
class RussianMessagesTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  /** The Latin words Russian templates hold on purpose: a standard's name and examples of forms. */
  private static final Set<String> LATIN_OF_TEMPLATES = Set.of("ISO", "alpha", "YYYY", "MM", "DD", "KAZ", "en", "es", "MX");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

  private static final Pattern PARAMETER = Pattern.compile("(?<!\\\\)\\{([A-Za-z][A-Za-z0-9]*)}");

  private static Properties bundle(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = RussianMessagesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> parameters(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyEnglishMessageHasARussianOneWithEveryParameterOfTheEnglish() throws Exception {
    Properties english = bundle("ValidationMessages.properties");
    Properties russian = bundle("ValidationMessages_ru.properties");

    assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(parameters(russian.getProperty(key))).as(key)
          .containsExactlyInAnyOrderElementsOf(parameters(english.getProperty(key)));
      String words = PARAMETER.matcher(russian.getProperty(key)).replaceAll("");
      if (key.startsWith(Phrase.PREFIX) && !words.matches(".*\\p{L}.*")) {
        continue; // a phrase that only arranges its parts, such as "{role} {span}", needs no words
      }
      assertThat(russian.getProperty(key)).as(key).containsPattern("[а-яА-Я]");
    }
  }

  @Test
  void theParameterPatternSeesTheParametersOfATemplate() {
    assertThat(parameters("the term {period} is longer than {months} months \\{not}")).containsExactly("months", "period");
  }

  @Test
  void russianSaysWhetherATermIsLongerAndWhatAFigureLacks() {
    ValidationReport english = RcpValidator.validate(AlmatyFixture.document(), Locale.ENGLISH);
    ValidationReport russian = RcpValidator.validate(AlmatyFixture.document(), Locale.forLanguageTag("ru"));

    assertThat(english.violations()).filteredOn(v -> v.code().equals(RuleCatalogue.CHAIR_TERM_LENGTH))
        .extracting(Violation::message).containsExactly(
            "the term 2013-06/2016 is longer than the declared 24 months (give or take a month)");
    assertThat(russian.violations()).filteredOn(v -> v.code().equals(RuleCatalogue.CHAIR_TERM_LENGTH))
        .extracting(Violation::message).containsExactly(
            "срок 2013-06/2016 длиннее объявленных 24 мес. (с допуском в один месяц)");
    assertThat(russian.violations()).filteredOn(v -> v.code().equals(RuleCatalogue.FIGURE_UNSOURCED))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.message()).endsWith("нет даты, к которой он относится").doesNotContain("источника"));
  }

  /** The data values of a finding's parameters, and of the phrases among them: ids, codes, dates, pointers, metric keys. */
  private static List<String> data(Finding finding) {
    List<String> data = new ArrayList<>();
    for (Object value : finding.parameters().values()) {
      if (value instanceof Phrase phrase) {
        phrase.data(data::add);
      } else {
        data.add(value.toString());
      }
    }
    data.sort(Comparator.comparingInt(String::length).reversed());
    return data;
  }

  /** The message with every data value taken out, longest first, leaving only the words of the bundles. */
  private static String words(String message, List<String> data) {
    String words = message;
    for (String value : data) {
      if (!value.isEmpty()) {
        words = words.replace(value, " ");
      }
    }
    return words;
  }

  private static Set<String> latinWords(String text) {
    Set<String> words = new TreeSet<>();
    Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Documents that give every code of the catalogue the engine reports, in every form its messages take. */
  static List<Document> documentsOfEveryRule() {
    List<Document> documents = new ArrayList<>(MessageDocuments.all());
    for (long seed = 0; seed < 500; seed++) {
      documents.add(RandomDocuments.of(seed));
    }
    return documents;
  }

  @Test
  void noEnglishWordNoNullAndNoUnfilledPartReachesTheMessageOfAnyFinding() {
    Set<String> codes = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (Document document : documentsOfEveryRule()) {
      for (Finding f : RuleEngine.check(document, true)) {
        codes.add(f.rule().code());
        keys.add(f.messageKey());
        List<String> data = data(f);
        String russian = Messages.render(f.messageKey(), f.parameters(), RUSSIAN);
        String english = Messages.render(f.messageKey(), f.parameters(), Locale.ENGLISH);
        String russianWords = words(russian, data);
        String englishWords = words(english, data);
        assertThat(latinWords(russianWords)).as("%s: %s", f.messageKey(), russian).isSubsetOf(LATIN_OF_TEMPLATES);
        assertThat(russianWords).as(russian).doesNotContain("{", "}").containsPattern("[а-яА-Я]");
        assertThat(englishWords).as(english).doesNotContain("{", "}");
        assertThat(latinWords(englishWords)).as(english).doesNotContain("null", "MEMBER", "OBSERVER", "SUPPORT_UNIT");
        assertThat(latinWords(russianWords)).as(russian).doesNotContain("null");
        if (f.messageKey().endsWith(Findings.POSSIBLE)) {
          assertThat(english).as(f.messageKey()).containsPattern("\\b(may|possibly)\\b");
          assertThat(russian).as(f.messageKey()).containsPattern("(возможно|может|могут)");
        }
      }
    }
    List<String> reported = new ArrayList<>();
    for (RuleId id : RuleId.values()) {
      reported.add(id.rule().code());
    }
    // date.invalid is the readers' (a PartialDate cannot hold an invalid date); every other code is covered.
    reported.remove(RuleCatalogue.DATE_INVALID);
    assertThat(codes).containsAll(reported);
    assertThat(keys).contains("org.rcpmodel.rule.fact.conflict.possible", "org.rcpmodel.rule.meeting.ordinal-order.repeats",
        "org.rcpmodel.rule.figure.scope-inconsistent", "org.rcpmodel.rule.date.before-establishment.possible",
        "org.rcpmodel.rule.fact.conflict.outdated", "org.rcpmodel.rule.fact.conflict.outdated.possible");
  }
}
