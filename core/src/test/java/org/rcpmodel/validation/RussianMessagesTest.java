package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;

/** The Russian messages say everything the English ones say: same keys, and every parameter of each. */
class RussianMessagesTest {

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
}
