package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadThenValidateTest {

  @TempDir
  Path dir;

  private final RcpJson json = RcpJson.strict();

  @Test
  void theAlmatyFileReadsAndValidatesWithNoError() throws Exception {
    Path file = dir.resolve("almaty.json");
    Files.writeString(file, AlmatyRoundTripTest.almatyJson());

    ValidationReport report = RcpValidator.validate(json.read(file).document());

    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void everyViolationPointerNamesAPlaceInTheFileThatWasRead() throws Exception {
    ConsultativeProcess almaty = AlmatyFixture.process();
    ConsultativeProcess broken = ConsultativeProcess.builder().from(almaty)
        .addParticipations(Participation.builder().participant(Participant.state("XYZ")).role(Role.MEMBER)
            .period(Period.parse("2014/..")).build())
        .addChairs(Chairmanship.builder().addChairs(Participant.state("ITA")).period(Period.parse("2030/2032"))
            .status(ChairStatus.INCOMING).build())
        .build();
    Document document = Document.builder().from(AlmatyFixture.document()).processes(java.util.List.of(broken)).build();
    Path file = dir.resolve("broken.json");
    Files.writeString(file, json.writePretty(document));

    ValidationReport report = RcpValidator.validate(json.read(file).document());
    JsonNode tree = JsonMapper.builder().build().readTree(file.toFile());

    assertThat(report.errors()).isNotEmpty();
    for (Violation violation : report.violations()) {
      assertThat(tree.at(violation.path()).isMissingNode())
          .as("%s at %s", violation.code(), violation.path()).isFalse();
    }
    Violation unknownCode = report.withCode("state.unknown-code").get(0);
    assertThat(tree.at(unknownCode.path()).toString()).contains("XYZ");
    Violation notMember = report.withCode("chair.not-member").get(0);
    assertThat(tree.at(notMember.path()).toString()).contains("ITA");
  }
}
