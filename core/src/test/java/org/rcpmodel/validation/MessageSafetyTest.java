package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.Document;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;

/** Values from the data appear literally in messages: never evaluated as expression or template. */
class MessageSafetyTest {

  private static Document citing(String sourceId) {
    return with(process().addParticipations(Participation.builder().participant(Participant.state("UZB"))
        .role(Role.MEMBER).period(p("2014/..")).addSources(sourceId).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "{jakarta.validation.constraints.NotNull.message}", "\\{x\\} \\$ \\\\ #{1}",
      "{org.rcpmodel.field.required}", "${''.getClass()}"})
  void dataAppearsLiterallyThroughTheEntryPointAndThePlainValidator(String hostile) {
    Document document = citing(hostile);
    String expected = "no source with id '" + hostile + "' in the document";
    assertThat(RcpValidator.validate(document, Locale.ENGLISH).withCode("ref.unresolved"))
        .extracting(Violation::message).containsExactly(expected);
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertThat(Validation.buildDefaultValidatorFactory().getValidator().validate(document).stream()
          .map(Violation::from).filter(v -> v.code().equals("ref.unresolved")).map(Violation::message)
          .collect(Collectors.toList())).containsExactly(expected);
    } finally {
      Locale.setDefault(before);
    }
  }
}
