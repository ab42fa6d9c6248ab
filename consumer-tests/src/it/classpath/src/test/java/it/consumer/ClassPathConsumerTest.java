package it.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.assertj.RcpAssertions;
import org.rcpmodel.jackson2.RcpJsonMappingException;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import org.rcpmodel.validation.Warnings;

/** The library on a consumer's class path, through every entry point a consumer reaches first. */
class ClassPathConsumerTest {

  private final Path almaty = Path.of(System.getProperty("almaty.document"));

  @Test
  void readsAndValidatesTheAlmatyDocument() {
    Document document = RcpJson.strict().read(almaty).document();
    ValidationReport report = RcpValidator.validate(document);
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).isNotEmpty();
    // rcp-assertj, as a consumer's tests use it.
    RcpAssertions.assertThat(report).hasNoErrors();
    RcpAssertions.assertThat(RcpValidator.validate(RcpJson.strict().read(Broken.DOCUMENT).document()))
        .hasViolation("chair.not-member").at("/processes/0/chairs/1/chairs/0").withSeverity(Severity.ERROR);
  }

  @Test
  void beanValidationReportsWhatTheValidatorReports() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    Document broken = RcpJson.strict().read(Broken.DOCUMENT).document();
    List<Violation> seen = validator.validate(broken).stream().map(Violation::from).toList();
    assertThat(seen).anySatisfy(v -> {
      assertThat(v.code()).isEqualTo("chair.not-member");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("/processes/0/chairs/1/chairs/0");
    });
    assertThat(RcpValidator.validate(broken).violations()).containsAll(seen);
    // The Almaty document has no ERROR: the default group finds nothing, the Warnings group every finding.
    Document document = RcpJson.strict().read(almaty).document();
    assertThat(validator.validate(document)).isEmpty();
    assertThat(validator.validate(document, Warnings.class).stream().map(Violation::from).toList())
        .containsExactlyInAnyOrderElementsOf(RcpValidator.validate(document).violations());
  }

  @Test
  void aJackson3MapperFindsRcpModuleAndWritesRcpJsonsText() throws Exception {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    Document expected = RcpJson.strict().read(almaty).document();
    Document read = mapper.readValue(Files.readAllBytes(almaty), Document.class);
    assertThat(read).isEqualTo(expected);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(RcpJson.strict().write(expected));
    assertThatThrownBy(() -> tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(read))
        .hasMessageContaining("org.rcpmodel.json.RcpModule");
  }

  @Test
  void aJackson2MapperFindsRcpJackson2ModuleWithTheSameBytesAndErrors() throws Exception {
    var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    Document expected = RcpJson.strict().read(almaty).document();
    Document read = mapper.readValue(Files.readAllBytes(almaty), Document.class);
    assertThat(read).isEqualTo(expected);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(RcpJson.strict().write(expected));

    String bad = Broken.DOCUMENT.replace("\"2013\"", "\"2013-13\"");
    RcpJsonException reader = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(bad));
    RcpJsonMappingException mapped = catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue(bad, Document.class));
    assertThat(List.of(mapped.getCode(), mapped.getPointer(), mapped.getLine(), mapped.getColumn()))
        .isEqualTo(List.of(reader.getCode(), reader.getPointer(), reader.getLine(), reader.getColumn()))
        .startsWith("date.invalid", "/processes/0/established");
    assertThatThrownBy(() -> new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(read))
        .hasMessageContaining("org.rcpmodel.jackson2.RcpJackson2Module");
  }
}
