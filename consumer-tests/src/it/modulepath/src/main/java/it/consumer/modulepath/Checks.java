package it.consumer.modulepath;

import jakarta.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/** What a module of another team does with the library; each method runs inside this named module. */
public final class Checks {

  private Checks() {}

  /** Reads a document with RcpJson. */
  public static Document read(Path file) {
    return RcpJson.strict().read(file).document();
  }

  /** Validates with RcpValidator (its messages are resource bundles of the core module). */
  public static ValidationReport validate(Document document) {
    return RcpValidator.validate(document);
  }

  /** Validates through Bean Validation's default Validator (Hibernate Validator). */
  public static List<Violation> beanValidation(Document document) {
    return Validation.buildDefaultValidatorFactory().getValidator().validate(document).stream()
        .map(Violation::from).toList();
  }

  /** Writes with a Jackson 3 mapper that found RcpModule through the module's service declaration. */
  public static String jackson3(Path file) throws Exception {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    return mapper.writeValueAsString(mapper.readValue(Files.readAllBytes(file), Document.class));
  }

  /** Writes with a Jackson 2 mapper that found RcpJackson2Module. */
  public static String jackson2(Path file) throws Exception {
    var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    return mapper.writeValueAsString(mapper.readValue(Files.readAllBytes(file), Document.class));
  }
}
