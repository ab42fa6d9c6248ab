package org.rcpmodel.validation;

import static org.rcpmodel.validation.Findings.LANGUAGE_KEY;
import static org.rcpmodel.validation.Findings.POSITIVE_KEY;
import static org.rcpmodel.validation.Findings.REQUIRED_KEY;
import static org.rcpmodel.validation.Findings.SCHEMA_VERSION_KEY;
import static org.rcpmodel.validation.RuleId.RULE_FIELD_INVALID;
import static org.rcpmodel.validation.RuleId.RULE_FIELD_REQUIRED;
import static org.rcpmodel.validation.RuleId.RULE_PERIOD_REVERSED;

import java.util.List;
import java.util.Optional;
import org.rcpmodel.Annotated;
import org.rcpmodel.BodyMember;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.OtherName;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Period;

/**
 * The field rules: {@code field.required} and {@code field.invalid} for values (the semantics of
 * the model's annotations: {@code @NotBlank} and {@code @Size(min = 1)} are field.required,
 * {@code @Positive}, {@code @Min(1)} and the schema version {@code @Pattern} field.invalid, with the
 * message keys the annotations name; FieldEquivalenceTest holds the two to each other), and
 * {@code period.reversed}, for the records of format 1.0 and, kept apart in {@link #formatOneOne}
 * and {@link #formatOneOneProcess}, those format 1.1 adds. The form of ids and State codes, which are references or the targets of
 * references, is checked by {@link ReferenceRules}. The owner and the property name are passed apart
 * so that a place is built only for a finding.
 */
final class FieldRules {

  private final DocumentIndex index;
  private final Findings findings;

  FieldRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The document's own fields ({@code schemaVersion}, {@code title}). */
  void documentFields() {
    Document doc = index.doc;
    if (!FieldForms.isSchemaVersion(doc.getSchemaVersion())) {
      findings.field(RULE_FIELD_INVALID, SCHEMA_VERSION_KEY, Loc.ROOT.at("schemaVersion"));
    }
    if (doc.getTitle().isPresent() && !FieldForms.hasNonSpace(doc.getTitle().get())) {
      findings.field(RULE_FIELD_REQUIRED, REQUIRED_KEY, Loc.ROOT.at("title"));
    }
  }

  /** The fields of the records outside the processes. */
  void documentRecords() {
    Document doc = index.doc;
    List<Source> sources = doc.getSources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      Loc at = Loc.ROOT.at("sources", i);
      optionalText(s.getPublisher(), at, "publisher");
      required(s.getTitle(), at, "title");
      optionalText(s.getUrl(), at, "url");
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Loc at = Loc.ROOT.at("states", i);
      required(s.getName(), at, "name");
      formerNames(s.getFormerNames(), at);
    }
    List<Organization> organizations = doc.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization o = organizations.get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      required(o.getName(), at, "name");
      optionalText(o.getAcronym(), at, "acronym");
      formerNames(o.getFormerNames(), at);
      figures(o.getFigures(), at);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      Framework f = doc.getFrameworks().get(i);
      Loc at = Loc.ROOT.at("frameworks", i);
      required(f.getName(), at, "name");
      optionalText(f.getAcronym(), at, "acronym");
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      required(person.getName(), owner, "name");
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        Loc at = owner.at("posts", j);
        required(post.getTitle(), at, "title");
        if (post.getPeriod().isPresent()) {
          period(post.getPeriod().get(), at, "period");
        }
      }
    }
    formatOneOne();
  }

  /** The fields of one process and its records. */
  void process(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    Loc base = p.base;
    required(process.getName(), base, "name");
    optionalText(process.getAcronym(), base, "acronym");
    optionalText(process.getRegion(), base, "region");
    optionalText(process.getPurpose(), base, "purpose");
    ChairingRule chairing = process.getChairingRule();
    if (chairing.getMaxConcurrentChairs() < 1) {
      findings.field(RULE_FIELD_INVALID, POSITIVE_KEY, base.at("chairingRule").at("maxConcurrentChairs"));
    }
    positive(chairing.getTermMonths(), base.at("chairingRule"), "termMonths");
    List<Participation> participations = p.participations;
    for (int i = 0; i < participations.size(); i++) {
      Optional<Period> declared = participations.get(i).getPeriod();
      if (declared.isPresent() && declared.get().isReversed() == Answer.YES) {
        period(declared.get(), p.at("participations", i), "period");
      }
    }
    List<Chairmanship> chairs = process.getChairs();
    for (int j = 0; j < chairs.size(); j++) {
      Chairmanship chair = chairs.get(j);
      if (chair.getChairs().isEmpty() || chair.getPeriod().isReversed() == Answer.YES) {
        Loc at = p.at("chairs", j);
        period(chair.getPeriod(), at, "period");
        if (chair.getChairs().isEmpty()) {
          findings.field(RULE_FIELD_REQUIRED, REQUIRED_KEY, at.at("chairs"));
        }
      }
    }
    List<Meeting> meetings = process.getMeetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Optional<String> name = meeting.getName();
      Optional<String> city = meeting.getCity();
      Optional<Integer> ordinal = meeting.getOrdinal();
      // Most meetings are clean: their place is built only for a finding.
      if (name.isPresent() && !FieldForms.hasNonSpace(name.get())
          || city.isPresent() && !FieldForms.hasNonSpace(city.get())
          || ordinal.isPresent() && ordinal.get() <= 0
          || meeting.getPeriod().isReversed() == Answer.YES) {
        Loc at = p.at("meetings", m);
        optionalText(name, at, "name");
        optionalText(city, at, "city");
        positive(ordinal, at, "ordinal");
        period(meeting.getPeriod(), at, "period");
      }
    }
    List<Declaration> declarations = process.getDeclarations();
    for (int d = 0; d < declarations.size(); d++) {
      Declaration declaration = declarations.get(d);
      boolean blank = declaration.getTitle().isBlank();
      for (int k = 0; !blank && k < declaration.getThemes().size(); k++) {
        blank = declaration.getThemes().get(k).isBlank();
      }
      if (blank) {
        Loc at = p.at("declarations", d);
        required(declaration.getTitle(), at, "title");
        requiredElements(declaration.getThemes(), at, "themes");
      }
    }
    figures(process.getFigures(), base);
    formatOneOneProcess(p);
  }

  // ---- format 1.1 ------------------------------------------------------------------------------
  // A 1.0 document has none of these values: this walk costs it a look at empty lists.

  /** The notes of every record outside the processes, and the organizations' other names. */
  private void formatOneOne() {
    Document doc = index.doc;
    for (int i = 0; i < doc.getSources().size(); i++) {
      notes(doc.getSources().get(i), Loc.ROOT.at("sources", i));
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      notes(doc.getStates().get(i), Loc.ROOT.at("states", i));
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      notes(o, at);
      otherNames(o.getOtherNames(), at);
      for (int f = 0; f < o.getFigures().size(); f++) {
        notes(o.getFigures().get(f), at.at("figures", f));
      }
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      notes(doc.getFrameworks().get(i), Loc.ROOT.at("frameworks", i));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      notes(person, owner);
      for (int j = 0; j < person.getPosts().size(); j++) {
        notes(person.getPosts().get(j), owner.at("posts", j));
      }
    }
  }

  /** The fields format 1.1 adds to one process and its records. */
  private void formatOneOneProcess(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    Loc base = p.base;
    notes(process, base);
    otherNames(process.getOtherNames(), base);
    for (int i = 0; i < process.getStatements().size(); i++) {
      Loc at = p.at("statements", i);
      optionalText(process.getStatements().get(i).getText(), at, "text");
      notes(process.getStatements().get(i), at);
    }
    ChairingRule rule = process.getChairingRule();
    optionalText(rule.getOfficeTitle(), base.at("chairingRule"), "officeTitle");
    notes(rule, base.at("chairingRule"));
    for (int i = 0; i < process.getParticipantCounts().size(); i++) {
      ParticipantCount count = process.getParticipantCounts().get(i);
      Loc at = p.at("participantCounts", i);
      if (count.getValue() < 1) {
        findings.field(RULE_FIELD_INVALID, POSITIVE_KEY, at.at("value"));
      }
      notes(count, at);
    }
    for (int i = 0; i < process.getGroups().size(); i++) {
      ParticipantGroup group = process.getGroups().get(i);
      Loc at = p.at("groups", i);
      required(group.getName(), at, "name");
      if (group.getPeriod().isPresent()) {
        period(group.getPeriod().get(), at, "period");
      }
      notes(group, at);
    }
    for (int i = 0; i < process.getCompleteLists().size(); i++) {
      notes(process.getCompleteLists().get(i), p.at("completeLists", i));
    }
    for (int i = 0; i < process.getSecretariats().size(); i++) {
      Secretariat secretariat = process.getSecretariats().get(i);
      Loc at = p.at("secretariats", i);
      if (secretariat.getPeriod().isPresent()) {
        period(secretariat.getPeriod().get(), at, "period");
      }
      notes(secretariat, at);
    }
    for (int i = 0; i < process.getBodies().size(); i++) {
      GovernanceBody body = process.getBodies().get(i);
      Loc at = p.at("bodies", i);
      required(body.getName(), at, "name");
      if (body.getPeriod().isPresent()) {
        period(body.getPeriod().get(), at, "period");
      }
      for (int k = 0; k < body.getMembers().size(); k++) {
        BodyMember member = body.getMembers().get(k);
        Loc memberAt = at.at("members", k);
        if (member.getPeriod().isPresent()) {
          period(member.getPeriod().get(), memberAt, "period");
        }
        notes(member, memberAt);
      }
      notes(body, at);
    }
    for (int j = 0; j < process.getChairs().size(); j++) {
      Chairmanship chair = process.getChairs().get(j);
      positive(chair.getOrdinal(), p.at("chairs", j), "ordinal");
      notes(chair, p.at("chairs", j));
    }
    for (int i = 0; i < process.getClassifications().size(); i++) {
      notes(process.getClassifications().get(i), p.at("classifications", i));
    }
    for (int i = 0; i < p.participations.size(); i++) {
      notes(p.participations.get(i), p.at("participations", i));
    }
    for (int i = 0; i < process.getMeetings().size(); i++) {
      notes(process.getMeetings().get(i), p.at("meetings", i));
    }
    for (int i = 0; i < process.getDeclarations().size(); i++) {
      notes(process.getDeclarations().get(i), p.at("declarations", i));
    }
    for (int i = 0; i < process.getFigures().size(); i++) {
      notes(process.getFigures().get(i), p.at("figures", i));
    }
  }

  /** The notes of a record ({@code List<@NotBlank String>}). */
  private void notes(Annotated record, Loc at) {
    List<String> notes = record.getNotes();
    if (!notes.isEmpty()) {
      requiredElements(notes, at, "notes");
    }
  }

  private void otherNames(List<OtherName> names, Loc owner) {
    for (int j = 0; j < names.size(); j++) {
      OtherName name = names.get(j);
      Loc at = owner.at("otherNames", j);
      required(name.getName(), at, "name");
      optionalText(name.getAcronym(), at, "acronym");
      if (name.getLanguage().isPresent() && !FieldForms.isLanguage(name.getLanguage().get())) {
        findings.field(RULE_FIELD_INVALID, LANGUAGE_KEY, at.at("language"));
      }
      if (name.getPeriod().isPresent()) {
        period(name.getPeriod().get(), at, "period");
      }
      notes(name, at);
    }
  }

  private void figures(List<MigrationFigure> figures, Loc owner) {
    for (int f = 0; f < figures.size(); f++) {
      if (figures.get(f).getMetric().isBlank()) {
        required(figures.get(f).getMetric(), owner.at("figures", f), "metric");
      }
    }
  }

  private void formerNames(List<FormerName> names, Loc owner) {
    for (int j = 0; j < names.size(); j++) {
      FormerName name = names.get(j);
      if (name.getName().isBlank() || name.getPeriod().isReversed() == Answer.YES) {
        Loc at = owner.at("formerNames", j);
        required(name.getName(), at, "name");
        period(name.getPeriod(), at, "period");
      }
    }
  }

  private void period(Period period, Loc owner, String property) {
    if (period.isReversed() == Answer.YES) {
      findings.report(RULE_PERIOD_REVERSED, owner.at(property), "period", period.toString());
    }
  }

  /** {@code @NotBlank} text. */
  private void required(String value, Loc owner, String property) {
    if (value.isBlank()) {
      findings.field(RULE_FIELD_REQUIRED, REQUIRED_KEY, owner.at(property));
    }
  }

  /** Optional text that must not be blank when present: {@code Optional<@Pattern(NOT_BLANK)>}. */
  private void optionalText(Optional<String> value, Loc owner, String property) {
    if (value.isPresent() && !FieldForms.hasNonSpace(value.get())) {
      findings.field(RULE_FIELD_REQUIRED, REQUIRED_KEY, owner.at(property));
    }
  }

  /** {@code Optional<@Positive Integer>}. */
  private void positive(Optional<Integer> value, Loc owner, String property) {
    if (value.isPresent() && value.get() <= 0) {
      findings.field(RULE_FIELD_INVALID, POSITIVE_KEY, owner.at(property));
    }
  }

  /** {@code List<@NotBlank String>}. */
  private void requiredElements(List<String> values, Loc owner, String property) {
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).isBlank()) {
        findings.field(RULE_FIELD_REQUIRED, REQUIRED_KEY, owner.at(property, k));
      }
    }
  }
}
