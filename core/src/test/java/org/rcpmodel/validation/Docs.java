package org.rcpmodel.validation;

import java.util.Locale;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Framework;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Minimal documents for rule tests: one process "p" established in 2013 with members KAZ and KGZ
 * from 2013 (participations 0 and 1), sources s1 and s2, the organization iom, the framework gcm
 * (adopted 2018-12), as of 2025-01-01. It validates without any violation; each test adds the one
 * record that breaks a rule.
 */
final class Docs {

  private Docs() {}

  static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  static Period p(String text) {
    return Period.parse(text);
  }

  static Participation member(String code, String period) {
    return participation(code, Role.MEMBER, period, "s1");
  }

  static Participation participation(String code, Role role, String period, String... sources) {
    return Participation.builder().participant(Participant.state(code)).role(role).period(p(period))
        .addSources(sources).build();
  }

  static ConsultativeProcess.Builder process() {
    return ConsultativeProcess.builder().id("p").name("P").kind(ProcessKind.RCP).established(d("2013"))
        .addParticipations(member("KAZ", "2013/.."), member("KGZ", "2013/.."));
  }

  static Document.Builder document() {
    return Document.builder().asOf(d("2025-01-01"))
        .addSources(Source.builder().id("s1").title("Source one").build(),
            Source.builder().id("s2").title("Source two").build())
        .addOrganizations(Organization.builder().id("iom").name("IOM").build())
        .addFrameworks(Framework.builder().id("gcm").name("GCM").adopted(d("2018-12")).build());
  }

  static Document with(ConsultativeProcess.Builder process) {
    return document().addProcesses(process.build()).build();
  }

  static ValidationReport validate(Document document) {
    return RcpValidator.validate(document, Locale.ENGLISH);
  }

  static ValidationReport validate(ConsultativeProcess.Builder process) {
    return validate(with(process));
  }

  /** Validates keeping every finding, however many (no cap per code). */
  static ValidationReport validateAll(ConsultativeProcess.Builder process) {
    return RcpValidator.validate(with(process), Locale.ENGLISH, Integer.MAX_VALUE);
  }
}
