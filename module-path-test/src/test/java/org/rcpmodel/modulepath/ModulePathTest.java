package org.rcpmodel.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;

/**
 * Runs {@link ModulePathCheck} in a forked JVM twice: as the named module {@code org.rcpmodel.modulepath}
 * with rcp-core, rcp-json, Jackson 3, Hibernate Validator and EL on the module path, and on a class
 * path without Hibernate Validator, its own dependencies and EL. Both must give what the library gives
 * in this JVM (on the class path, with everything).
 */
class ModulePathTest {

  private static final Path ALMATY = Path.of(System.getProperty("rcp.almaty"));
  /** Hibernate Validator, what only it needs, and EL: left off the class path of the second run. */
  private static final List<String> BEAN_VALIDATION_JARS =
      List.of("hibernate-validator", "jboss-logging", "classmate", "expressly", "jakarta.el");

  private static List<String> runtimePath;
  private static Document almaty;
  private static Document broken;

  @BeforeAll
  static void readThePaths() throws IOException {
    String path = Files.readString(Path.of(System.getProperty("rcp.runtimePath"))).strip();
    runtimePath = new ArrayList<>();
    runtimePath.add(System.getProperty("rcp.checkClasses"));
    runtimePath.addAll(Arrays.asList(path.split(File.pathSeparator)));
    almaty = RcpJson.strict().read(ALMATY).document();
    broken = ModulePathCheck.withChairWhoIsNotAMember(almaty);
  }

  @Test
  void theLibraryItsValidatorsAndTheJackson3ModuleWorkOnTheModulePath() throws Exception {
    Map<String, String> seen = run("--module-path", String.join(File.pathSeparator, runtimePath),
        "-m", "org.rcpmodel.modulepath/org.rcpmodel.modulepath.ModulePathCheck", ALMATY.toString(), "bean-validation");

    assertThat(seen).containsEntry("module.core", "org.rcpmodel.core").containsEntry("module.json", "org.rcpmodel.json")
        .containsEntry("module.check", "org.rcpmodel.modulepath");
    assertTheLibraryWorked(seen);

    ValidationReport expected = RcpValidator.validate(broken, Locale.ENGLISH);
    assertThat(seen).containsEntry("bv.provider-module", "org.hibernate.validator")
        .containsEntry("bv.almaty.default", "")
        .containsEntry("bv.almaty.warnings", ModulePathCheck.summary(RcpValidator.validate(almaty, Locale.ENGLISH)))
        .containsEntry("bv.broken.default", ModulePathCheck.summary(ValidationReport.of(expected.errors())))
        .containsEntry("bv.broken.warnings", ModulePathCheck.summary(expected))
        .containsEntry("bv.broken.default-is-the-errors", "true")
        .containsEntry("bv.broken.warnings-is-the-report", "true")
        .containsEntry("bv.rcp-validator.ru", seen.get("broken.not-member.ru"));
  }

  @Test
  void rcpValidatorWorksWithNeitherHibernateValidatorNorElOnTheClassPath() throws Exception {
    List<String> classPath = runtimePath.stream()
        .filter(entry -> BEAN_VALIDATION_JARS.stream().noneMatch(name -> Path.of(entry).getFileName().toString().startsWith(name)))
        .collect(Collectors.toList());
    assertThat(classPath).hasSize(runtimePath.size() - BEAN_VALIDATION_JARS.size());
    Map<String, String> seen = run("-cp", String.join(File.pathSeparator, classPath),
        "org.rcpmodel.modulepath.ModulePathCheck", ALMATY.toString(), "no-provider");

    assertThat(seen).containsEntry("hibernate-validator.loadable", "false").containsEntry("el.loadable", "false")
        .containsEntry("module.core", "null");
    assertTheLibraryWorked(seen);
  }

  /** What both runs must see: the library's own results in this JVM. */
  private static void assertTheLibraryWorked(Map<String, String> seen) {
    ValidationReport expected = RcpValidator.validate(broken, Locale.ENGLISH);
    assertThat(seen).containsEntry("jackson3.mapper-reads-same-document", "true")
        .containsEntry("jackson3.mapper-writes-rcpjson-bytes", "true")
        .containsEntry("bad-input", badInput())
        .containsEntry("schema.readable", "true")
        .containsEntry("almaty.valid", "true")
        .containsEntry("almaty.report", ModulePathCheck.summary(RcpValidator.validate(almaty, Locale.ENGLISH)))
        .containsEntry("broken.report", ModulePathCheck.summary(expected))
        .containsEntry("broken.not-member.path", ModulePathCheck.firstNotMemberError(expected).path())
        .containsEntry("broken.not-member.en", "ITA chairs during 2030/2032 without being a member for the whole term")
        .containsEntry("broken.not-member.ru", "ITA председательствует в период 2030/2032, не будучи членом весь этот срок");
    assertThat(seen.get("almaty.report")).contains("WARNING");
    assertThat(seen.get("broken.report")).contains("ERROR chair.not-member");
  }

  /** The code and pointer of the reader's error for the check's bad input, in this JVM. */
  private static String badInput() {
    try {
      RcpJson.strict().read("{\"schemaVersion\": \"1.0\", \"title\": \"t\", \"processes\": 7}");
      return "no error";
    } catch (RcpJsonException e) {
      assertThat(e.getPointer()).isEqualTo("/processes");
      return e.getCode() + " " + e.getPointer();
    }
  }

  /** Runs a JVM of this Java with the arguments; its output as key=value pairs, after it exits with 0. */
  private static Map<String, String> run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the forked JVM ends").isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        seen.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return seen;
  }
}
