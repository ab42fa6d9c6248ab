package it.consumer.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.Severity;

class ModulePathTest {

  private final Path almaty = Path.of(System.getProperty("almaty.document"));

  @Test
  void theLibraryRunsInNamedModules() {
    assertThat(Checks.class.getModule().isNamed()).isTrue();
    assertThat(Document.class.getModule().getName()).isEqualTo("org.rcpmodel.core");
    assertThat(RcpJson.class.getModule().getName()).isEqualTo("org.rcpmodel.json");
  }

  @Test
  void rcpValidatorAndBeanValidationWorkOnTheModulePath() {
    Document document = Checks.read(almaty);
    assertThat(Checks.validate(document).isValid()).isTrue();
    assertThat(Checks.validate(document).warnings()).isNotEmpty().allSatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThat(Checks.beanValidation(document)).allMatch(v -> v.severity() != Severity.ERROR);
  }

  @Test
  void bothJacksonModulesAreFoundOnTheModulePath() throws Exception {
    String expected = RcpJson.strict().write(Checks.read(almaty));
    assertThat(Checks.jackson3(almaty)).isEqualTo(expected);
    assertThat(Checks.jackson2(almaty)).isEqualTo(expected);
  }
}
