package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleCatalogue.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rcpmodel.Annotated;
import org.rcpmodel.BodyMember;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.Organization;
import org.rcpmodel.OtherName;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Statement;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The one rule engine: checks a document against the whole catalogue, the field constraints of the
 * model (with exactly the semantics of its annotations) and every cross-object rule, and returns the
 * findings. {@link RcpValidator} runs it directly; {@link DocumentRulesValidator} runs it for any
 * Bean Validation {@code Validator}.
 *
 * <p>One pass builds the indexes the rules share (ids by kind, participations by participant) and
 * checks the fields of the records it visits; every rule then works by hash lookups and
 * sort-and-sweep, so that the work grows near-linearly with the document. The place of a finding
 * ({@link Loc}) is built only when something is reported there. Not thread-safe itself;
 * {@link #check} makes a fresh engine per call.
 */
final class RuleEngine {

  /** How many ids of a parent loop a ref.cycle message names before it counts the rest. */
  private static final int LOOP_IDS_SHOWN = 6;

  private static final Period UNKNOWN_PERIOD = Period.unknown();

  private final Document doc;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> sourceIndex;
  private final Map<String, Integer> organizationIndex;
  /**
   * The ids of {@link #sourceIndex} and {@link #organizationIndex} that have the id form: a reference
   * found here is well formed and resolves, in one lookup instead of a character scan and a lookup.
   */
  private final Set<String> cleanSourceIds;
  private final Set<String> cleanOrganizationIds;
  private final Map<String, Framework> frameworks;

  private RuleEngine(Document doc) {
    this.doc = doc;
    this.sourceIndex = new HashMap<>(capacity(doc.getSources().size()));
    this.organizationIndex = new HashMap<>(capacity(doc.getOrganizations().size()));
    this.frameworks = new HashMap<>(capacity(doc.getFrameworks().size()));
    this.cleanSourceIds = new HashSet<>(capacity(doc.getSources().size()));
    this.cleanOrganizationIds = new HashSet<>(capacity(doc.getOrganizations().size()));
  }

  /**
   * Checks a document.
   *
   * @param doc the document; not null
   * @param documentFields whether to check the constraints on the document's own fields
   *     ({@code schemaVersion}, {@code title}) too; a Bean Validation provider checks those itself
   * @return the findings, in no particular order; never null
   */
  static List<Finding> check(Document doc, boolean documentFields) {
    RuleEngine engine = new RuleEngine(doc);
    if (documentFields) {
      engine.documentFields();
    }
    engine.run();
    return engine.findings;
  }

  // ---- reporting ------------------------------------------------------------------------------

  /** Reports a finding whose truth the dates decide: YES at the rule's severity, MAYBE one lower. */
  private void report(String code, Answer answer, Loc at, String... parameters) {
    if (answer == Answer.NO) {
      return;
    }
    Rule rule = RuleCatalogue.get(code);
    Severity severity = answer == Answer.YES ? rule.severity() : rule.severity().lowered();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put(parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, severity, rule.messageKey(), at, Collections.unmodifiableMap(params)));
  }

  private void report(String code, Loc at, String... parameters) {
    report(code, Answer.YES, at, parameters);
  }

  // ---- field constraints ----------------------------------------------------------------------
  // The semantics of the model's annotations, checked here in the same pass as the rules: @NotBlank
  // and @Size(min = 1) are field.required, @Pattern, @Positive and @Min(1) are field.invalid, with
  // the message keys the annotations name. FieldEquivalenceTest holds the two to each other. The
  // owner and the property name are passed apart so that a place is built only for a finding.

  private static final String REQUIRED_KEY = "org.rcpmodel.field.required";
  private static final String ID_KEY = "org.rcpmodel.field.invalid.id";
  private static final String STATE_CODE_KEY = "org.rcpmodel.field.invalid.state-code";
  private static final String POSITIVE_KEY = "org.rcpmodel.field.invalid.positive";
  private static final String SCHEMA_VERSION_KEY = "org.rcpmodel.field.invalid.schema-version";

  private void field(String code, String messageKey, Loc at) {
    findings.add(new Finding(RuleCatalogue.get(code), Severity.ERROR, messageKey, at, Map.of()));
  }

  /** {@code @NotBlank} text. */
  private void required(String value, Loc owner, String property) {
    if (value.isBlank()) {
      field(FIELD_REQUIRED, REQUIRED_KEY, owner.at(property));
    }
  }

  /** Optional text that must not be blank when present: {@code Optional<@Pattern(NOT_BLANK)>}. */
  private void optionalText(Optional<String> value, Loc owner, String property) {
    if (value.isPresent() && !FieldForms.hasNonSpace(value.get())) {
      field(FIELD_REQUIRED, REQUIRED_KEY, owner.at(property));
    }
  }

  private void id(String value, Loc owner, String property) {
    if (!FieldForms.isId(value)) {
      field(FIELD_INVALID, ID_KEY, owner.at(property));
    }
  }

  /** {@code Optional<@Positive Integer>}. */
  private void positive(Optional<Integer> value, Loc owner, String property) {
    if (value.isPresent() && value.get() <= 0) {
      field(FIELD_INVALID, POSITIVE_KEY, owner.at(property));
    }
  }

  /** {@code List<@NotBlank String>}. */
  private void requiredElements(List<String> values, Loc owner, String property) {
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).isBlank()) {
        field(FIELD_REQUIRED, REQUIRED_KEY, owner.at(property, k));
      }
    }
  }

  private void documentFields() {
    if (!FieldForms.isSchemaVersion(doc.getSchemaVersion())) {
      findings.add(new Finding(RuleCatalogue.get(FIELD_INVALID), Severity.ERROR, SCHEMA_VERSION_KEY,
          Loc.ROOT.at("schemaVersion"), Map.of()));
    }
    if (doc.getTitle().isPresent() && !FieldForms.hasNonSpace(doc.getTitle().get())) {
      findings.add(new Finding(RuleCatalogue.get(FIELD_REQUIRED), Severity.ERROR, REQUIRED_KEY,
          Loc.ROOT.at("title"), Map.of()));
    }
  }

  private static String text(Answer answer) {
    return answer == Answer.YES ? "surely" : "possibly";
  }

  // ---- the pass -------------------------------------------------------------------------------

  private void run() {
    indexAndCheckIds();
    checkOrganizations();
    checkDocumentLevelRecords();
    List<ConsultativeProcess> processes = doc.getProcesses();
    PartialDate asOf = doc.getAsOf().orElse(null);
    Map<String, int[]> meetingIds = new HashMap<>();
    Map<String, int[]> declarationIds = new HashMap<>();
    for (int p = 0; p < processes.size(); p++) {
      ConsultativeProcess process = processes.get(p);
      // Meeting and declaration ids are unique across the document; a later one is the duplicate.
      for (int m = 0; m < process.getMeetings().size(); m++) {
        uniqueAt(meetingIds, process.getMeetings().get(m).getId(), "meeting", p, "meetings", m);
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        uniqueAt(declarationIds, process.getDeclarations().get(d).getId(), "declaration", p, "declarations", d);
      }
      new ProcessCheck(process, p).run();
      // While the process is still in the processor's caches: a separate pass over every process
      // afterwards made large documents cost more per participation than small ones.
      if (asOf != null) {
        processAfterAsOf(process, p, asOf);
      }
    }
    if (asOf != null) {
      checkAsOf(asOf);
    }
    formatOneOneRecords();
  }

  /**
   * Indexes the ids of the document's top-level entities and processes, reports duplicates, and checks
   * those entities' fields. Meeting and declaration ids are indexed process by process in {@link #run}.
   */
  private void indexAndCheckIds() {
    List<Source> sources = doc.getSources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      Loc at = Loc.ROOT.at("sources", i);
      unique(sourceIndex, s.getId(), "source", at, "id", "sources", i);
      optionalText(s.getPublisher(), at, "publisher");
      required(s.getTitle(), at, "title");
      optionalText(s.getUrl(), at, "url");
    }
    wellFormedKeys(sourceIndex, cleanSourceIds);
    Map<String, Integer> states = new HashMap<>();
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Loc at = Loc.ROOT.at("states", i);
      // The code's form is checked with its assignment, in checkDocumentLevelRecords.
      Integer first = states.putIfAbsent(s.getCode(), i);
      if (first != null) {
        report(ID_DUPLICATE, at.at("code"), "kind", "state", "id", s.getCode(), "first",
            Loc.ROOT.at("states", first).pointer());
      }
      required(s.getName(), at, "name");
    }
    List<Organization> organizations = doc.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization o = organizations.get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      unique(organizationIndex, o.getId(), "organization", at, "id", "organizations", i);
      required(o.getName(), at, "name");
      optionalText(o.getAcronym(), at, "acronym");
    }
    wellFormedKeys(organizationIndex, cleanOrganizationIds);
    Map<String, Integer> frameworkIds = new HashMap<>();
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      Framework f = doc.getFrameworks().get(i);
      Loc at = Loc.ROOT.at("frameworks", i);
      if (unique(frameworkIds, f.getId(), "framework", at, "id", "frameworks", i)) {
        frameworks.put(f.getId(), f);
      }
      required(f.getName(), at, "name");
      optionalText(f.getAcronym(), at, "acronym");
    }
    Map<String, Integer> processIds = new HashMap<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      Loc at = Loc.ROOT.at("processes", p);
      unique(processIds, process.getId(), "process", at, "id", "processes", p);
    }
    Map<String, Integer> people = new HashMap<>();
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc at = Loc.ROOT.at("people", i);
      unique(people, person.getId(), "person", at, "id", "people", i);
      required(person.getName(), at, "name");
    }
  }

  private static void wellFormedKeys(Map<String, Integer> index, Set<String> wellFormed) {
    for (String id : index.keySet()) {
      if (FieldForms.isId(id)) {
        wellFormed.add(id);
      }
    }
  }

  /** Indexes an entity's id, checking its form and reporting a duplicate at {@code entity/property}. */
  private boolean unique(Map<String, Integer> seen, String id, String kind, Loc entity, String property, String list,
      int index) {
    id(id, entity, property);
    Integer first = seen.putIfAbsent(id, index);
    if (first != null) {
      report(ID_DUPLICATE, entity.at(property), "kind", kind, "id", id, "first", Loc.ROOT.at(list, first).pointer());
      return false;
    }
    return true;
  }

  /** Indexes the id of element {@code index} of the list {@code list} of process {@code process}. */
  private void uniqueAt(Map<String, int[]> seen, String id, String kind, int process, String list, int index) {
    if (!FieldForms.isId(id)) {
      field(FIELD_INVALID, ID_KEY, Loc.ROOT.at("processes", process).at(list, index).at("id"));
    }
    int[] first = seen.putIfAbsent(id, new int[] {process, index});
    if (first != null) {
      report(ID_DUPLICATE, Loc.ROOT.at("processes", process).at(list, index).at("id"), "kind", kind, "id", id,
          "first", Loc.ROOT.at("processes", first[0]).at(list, first[1]).pointer());
    }
  }

  // ---- references -----------------------------------------------------------------------------

  /** The {@code sources} list of an owner: the form of each id and that it names a source. */
  private void sources(List<String> ids, Loc owner) {
    if (areClean(ids)) {
      return;
    }
    references(ids, owner, "sources", sourceIndex, "source");
  }

  /**
   * A list of ids at {@code owner/list}: the form of each, and that it names an entity of {@code kind}
   * among {@code known}.
   */
  private void references(List<String> ids, Loc owner, String list, Map<String, ?> known, String kind) {
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      if (!FieldForms.isId(id)) {
        field(FIELD_INVALID, ID_KEY, owner.at(list, k));
      }
      if (!known.containsKey(id)) {
        report(REF_UNRESOLVED, owner.at(list, k), "kind", kind, "id", id);
      }
    }
  }

  /** A reference to an organization at {@code owner/property}: its form and that it resolves. */
  private void organization(String id, Loc owner, String property) {
    if (!FieldForms.isId(id)) {
      field(FIELD_INVALID, ID_KEY, owner.at(property));
    }
    if (!organizationIndex.containsKey(id)) {
      report(REF_UNRESOLVED, owner.at(property), "kind", "organization", "id", id);
    }
  }

  private void frameworkRefs(List<String> ids, Loc owner) {
    references(ids, owner, "frameworks", frameworks, "framework");
  }

  /**
   * A State code at {@code owner/property}: of the wrong form it is a field.invalid only, of the
   * right form it must be assigned.
   */
  private void stateCode(String code, Loc owner, String property) {
    if (!FieldForms.isStateCode(code)) {
      field(FIELD_INVALID, STATE_CODE_KEY, owner.at(property));
    } else if (!StateCodes.isAssigned(code)) {
      report(STATE_UNKNOWN_CODE, owner.at(property), "code", code);
    }
  }

  /** A participant at {@code owner/property} (exactly one of State and organization is present). */
  private void participant(Participant participant, Loc owner, String property) {
    participantAt(participant, owner.at(property));
  }

  /** A participant that is element {@code index} of the list {@code property} of {@code owner}. */
  private void participant(Participant participant, Loc owner, String property, int index) {
    if (!isClean(participant)) {
      participantAt(participant, owner.at(property, index));
    }
  }

  private void participantAt(Participant participant, Loc at) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      stateCode(state.get(), at, "state");
    } else {
      organization(participant.getOrganization().get(), at, "organization");
    }
  }

  /** Whether a participant has the right form and resolves: nothing to report about it. */
  private boolean isClean(Participant participant) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      return FieldForms.isStateCode(state.get()) && StateCodes.isAssigned(state.get());
    }
    String id = participant.getOrganization().get();
    return cleanOrganizationIds.contains(id);
  }

  /** Whether every source id of a list has the right form and resolves. */
  private boolean areClean(List<String> sourceIds) {
    for (int k = 0; k < sourceIds.size(); k++) {
      String id = sourceIds.get(k);
      if (!cleanSourceIds.contains(id)) {
        return false;
      }
    }
    return true;
  }

  private void period(Period period, Loc owner, String property) {
    if (period.isReversed() == Answer.YES) {
      report(PERIOD_REVERSED, owner.at(property), "period", period.toString());
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

  // ---- format 1.1: the fields and references of what 1.1 adds -----------------------------------
  // Kept apart from the 1.0 pass: a 1.0 document has none of these values, and this walk costs it a
  // look at empty lists.

  private static final String LANGUAGE_KEY = "org.rcpmodel.field.invalid.language";

  private void formatOneOneRecords() {
    List<Source> sources = doc.getSources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      Loc at = Loc.ROOT.at("sources", i);
      annotations(s, at);
      if (s.getSupersedes().isPresent()) {
        String id = s.getSupersedes().get();
        if (!FieldForms.isId(id)) {
          field(FIELD_INVALID, ID_KEY, at.at("supersedes"));
        }
        if (!sourceIndex.containsKey(id)) {
          report(REF_UNRESOLVED, at.at("supersedes"), "kind", "source", "id", id);
        }
      }
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      annotations(doc.getStates().get(i), Loc.ROOT.at("states", i));
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      annotations(o, at);
      otherNames(o.getOtherNames(), at);
      for (int f = 0; f < o.getFigures().size(); f++) {
        annotations(o.getFigures().get(f), at.at("figures", f));
      }
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      annotations(doc.getFrameworks().get(i), Loc.ROOT.at("frameworks", i));
    }
    List<ConsultativeProcess> processes = doc.getProcesses();
    Map<String, Integer> processIds = new HashMap<>(capacity(processes.size()));
    List<Map<String, Integer>> chairTermIds = new ArrayList<>(processes.size());
    for (int p = 0; p < processes.size(); p++) {
      processIds.putIfAbsent(processes.get(p).getId(), p);
      chairTermIds.add(processRecords(processes.get(p), Loc.ROOT.at("processes", p)));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      annotations(person, owner);
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        Loc at = owner.at("posts", j);
        annotations(post, at);
        Integer process = null;
        if (post.getProcess().isPresent()) {
          String id = post.getProcess().get();
          process = processIds.get(id);
          if (!FieldForms.isId(id)) {
            field(FIELD_INVALID, ID_KEY, at.at("process"));
          }
          if (process == null) {
            report(REF_UNRESOLVED, at.at("process"), "kind", "process", "id", id);
          }
        }
        if (post.getChairTerm().isPresent()) {
          String id = post.getChairTerm().get();
          if (!FieldForms.isId(id)) {
            field(FIELD_INVALID, ID_KEY, at.at("chairTerm"));
          }
          // A chair term is named within its process: without a process that resolves, it names nothing.
          if (process == null || !chairTermIds.get(process).containsKey(id)) {
            report(REF_UNRESOLVED, at.at("chairTerm"), "kind", "chair term", "id", id);
          }
        }
      }
    }
  }

  /** The 1.1 values of one process; returns the ids of its chair terms. */
  private Map<String, Integer> processRecords(ConsultativeProcess process, Loc base) {
    annotations(process, base);
    otherNames(process.getOtherNames(), base);
    PartialDate asOf = doc.getAsOf().orElse(null);
    for (int i = 0; i < process.getStatements().size(); i++) {
      Statement statement = process.getStatements().get(i);
      Loc at = base.at("statements", i);
      annotations(statement, at);
      optionalText(statement.getText(), at, "text");
      sources(statement.getSources(), at);
      if (asOf != null && statement.getDate().isPresent()) {
        afterAsOf(statement.getDate().get(), asOf, base, "statements", i, "date");
      }
    }
    List<ParticipantGroup> groups = process.getGroups();
    Map<String, Integer> groupIds = new HashMap<>(capacity(groups.size()));
    for (int i = 0; i < groups.size(); i++) {
      ParticipantGroup group = groups.get(i);
      Loc at = base.at("groups", i);
      localId(groupIds, group.getId(), "group", base, "groups", i);
      required(group.getName(), at, "name");
      if (group.getMembersOf().isPresent()) {
        organization(group.getMembersOf().get(), at, "membersOf");
      }
      for (int k = 0; k < group.getMembers().size(); k++) {
        participant(group.getMembers().get(k), at, "members", k);
      }
      if (group.getPeriod().isPresent()) {
        period(group.getPeriod().get(), at, "period");
      }
      sources(group.getSources(), at);
      annotations(group, at);
    }
    ChairingRule rule = process.getChairingRule();
    Loc ruleAt = base.at("chairingRule");
    annotations(rule, ruleAt);
    optionalText(rule.getOfficeTitle(), ruleAt, "officeTitle");
    references(rule.getRotationGroups(), ruleAt, "rotationGroups", groupIds, "group");
    sources(rule.getSources(), ruleAt);
    for (int i = 0; i < process.getParticipantCounts().size(); i++) {
      ParticipantCount count = process.getParticipantCounts().get(i);
      Loc at = base.at("participantCounts", i);
      if (count.getValue() < 1) {
        field(FIELD_INVALID, POSITIVE_KEY, at.at("value"));
      }
      sources(count.getSources(), at);
      annotations(count, at);
    }
    for (int i = 0; i < process.getCompleteLists().size(); i++) {
      Loc at = base.at("completeLists", i);
      sources(process.getCompleteLists().get(i).getSources(), at);
      annotations(process.getCompleteLists().get(i), at);
    }
    List<GovernanceBody> bodies = process.getBodies();
    Map<String, Integer> bodyIds = new HashMap<>(capacity(bodies.size()));
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody body = bodies.get(i);
      Loc at = base.at("bodies", i);
      localId(bodyIds, body.getId(), "body", base, "bodies", i);
      required(body.getName(), at, "name");
      if (body.getPeriod().isPresent()) {
        period(body.getPeriod().get(), at, "period");
      }
      for (int k = 0; k < body.getMembers().size(); k++) {
        BodyMember member = body.getMembers().get(k);
        Loc memberAt = at.at("members", k);
        participant(member.getParticipant(), memberAt, "participant");
        if (member.getPeriod().isPresent()) {
          period(member.getPeriod().get(), memberAt, "period");
        }
        sources(member.getSources(), memberAt);
        annotations(member, memberAt);
      }
      sources(body.getSources(), at);
      annotations(body, at);
    }
    for (int i = 0; i < process.getSecretariats().size(); i++) {
      Secretariat secretariat = process.getSecretariats().get(i);
      Loc at = base.at("secretariats", i);
      for (int k = 0; k < secretariat.getPerformers().size(); k++) {
        participant(secretariat.getPerformers().get(k), at, "performers", k);
      }
      if (secretariat.getBody().isPresent()) {
        String id = secretariat.getBody().get();
        if (!FieldForms.isId(id)) {
          field(FIELD_INVALID, ID_KEY, at.at("body"));
        }
        if (!bodyIds.containsKey(id)) {
          report(REF_UNRESOLVED, at.at("body"), "kind", "body", "id", id);
        }
      }
      if (secretariat.getHost().isPresent()) {
        stateCode(secretariat.getHost().get(), at, "host");
      }
      if (secretariat.getPeriod().isPresent()) {
        period(secretariat.getPeriod().get(), at, "period");
      }
      sources(secretariat.getSources(), at);
      annotations(secretariat, at);
    }
    Map<String, Integer> chairTermIds = new HashMap<>();
    for (int i = 0; i < process.getChairs().size(); i++) {
      Chairmanship chair = process.getChairs().get(i);
      Loc at = base.at("chairs", i);
      if (chair.getId().isPresent()) {
        localId(chairTermIds, chair.getId().get(), "chair term", base, "chairs", i);
      }
      positive(chair.getOrdinal(), at, "ordinal");
      annotations(chair, at);
    }
    for (int i = 0; i < process.getClassifications().size(); i++) {
      annotations(process.getClassifications().get(i), base.at("classifications", i));
    }
    for (int i = 0; i < process.getParticipations().size(); i++) {
      annotations(process.getParticipations().get(i), base.at("participations", i));
    }
    for (int i = 0; i < process.getMeetings().size(); i++) {
      annotations(process.getMeetings().get(i), base.at("meetings", i));
    }
    for (int i = 0; i < process.getDeclarations().size(); i++) {
      annotations(process.getDeclarations().get(i), base.at("declarations", i));
    }
    for (int i = 0; i < process.getFigures().size(); i++) {
      annotations(process.getFigures().get(i), base.at("figures", i));
    }
    return chairTermIds;
  }

  /** The notes of a record: none may be blank. */
  private void annotations(Annotated record, Loc at) {
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
        field(FIELD_INVALID, LANGUAGE_KEY, at.at("language"));
      }
      if (name.getPeriod().isPresent()) {
        period(name.getPeriod().get(), at, "period");
      }
      sources(name.getSources(), at);
      annotations(name, at);
    }
  }

  /** An id of a process's own list {@code list} (groups, bodies, chair terms): its form, and unique in the process. */
  private void localId(Map<String, Integer> seen, String id, String kind, Loc process, String list, int i) {
    Loc at = process.at(list, i).at("id");
    if (!FieldForms.isId(id)) {
      field(FIELD_INVALID, ID_KEY, at);
    }
    Integer first = seen.putIfAbsent(id, i);
    if (first != null) {
      report(ID_DUPLICATE, at, "kind", kind, "id", id, "first", process.at(list, first).pointer());
    }
  }

  // ---- document-level entities ----------------------------------------------------------------

  private void checkOrganizations() {
    List<Organization> organizations = doc.getOrganizations();
    int n = organizations.size();
    for (int i = 0; i < n; i++) {
      Optional<String> parent = organizations.get(i).getParent();
      if (parent.isPresent()) {
        organization(parent.get(), Loc.ROOT.at("organizations", i), "parent");
      }
    }
    // Parent loops, iteratively: 0 = not seen, 1 = on the chain being walked, 2 = done.
    int[] state = new int[n];
    int[] chain = new int[n];
    for (int i = 0; i < n; i++) {
      if (state[i] != 0) {
        continue;
      }
      int length = 0;
      int current = i;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        chain[length++] = current;
        current = parentIndex(organizations.get(current));
      }
      if (current >= 0 && state[current] == 1) {
        int from = 0;
        while (chain[from] != current) {
          from++;
        }
        int lowest = Integer.MAX_VALUE;
        StringBuilder loop = new StringBuilder();
        int members = length - from;
        for (int k = from; k < length; k++) {
          lowest = Math.min(lowest, chain[k]);
          // A message stays one readable line however long the loop: name the first few, count the rest.
          if (k - from < LOOP_IDS_SHOWN || members <= LOOP_IDS_SHOWN + 1) {
            loop.append(organizations.get(chain[k]).getId()).append(" → ");
          } else if (k - from == LOOP_IDS_SHOWN) {
            loop.append("… [").append(members).append("] → ");
          }
        }
        loop.append(organizations.get(current).getId());
        report(REF_CYCLE, Loc.ROOT.at("organizations", lowest).at("parent"), "id", organizations.get(lowest).getId(),
            "loop", loop.toString());
      }
      for (int k = 0; k < length; k++) {
        state[chain[k]] = 2;
      }
    }
  }

  private int parentIndex(Organization o) {
    if (o.getParent().isEmpty()) {
      return -1;
    }
    Integer index = organizationIndex.get(o.getParent().get());
    return index == null ? -1 : index;
  }

  private void checkDocumentLevelRecords() {
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Loc at = Loc.ROOT.at("states", i);
      stateCode(s.getCode(), at, "code");
      formerNames(s.getFormerNames(), at);
      sources(s.getSources(), at);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      formerNames(o.getFormerNames(), at);
      sources(o.getSources(), at);
      figures(o.getFigures(), at);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      sources(doc.getFrameworks().get(i).getSources(), Loc.ROOT.at("frameworks", i));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      sources(person.getSources(), owner);
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        Loc at = owner.at("posts", j);
        required(post.getTitle(), at, "title");
        if (post.getOrganization().isPresent()) {
          organization(post.getOrganization().get(), at, "organization");
        }
        if (post.getState().isPresent()) {
          stateCode(post.getState().get(), at, "state");
        }
        if (post.getPeriod().isPresent()) {
          period(post.getPeriod().get(), at, "period");
        }
        sources(post.getSources(), at);
      }
    }
  }

  // ---- figures --------------------------------------------------------------------------------

  private void figures(List<MigrationFigure> figures, Loc owner) {
    Map<String, Integer> firstOfFact = new HashMap<>();
    Set<String> conflictReported = new HashSet<>();
    Map<String, Map<FigureScope, int[]>> byMetricAndDate = new HashMap<>();
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      Loc at = owner.at("figures", f);
      required(figure.getMetric(), at, "metric");
      sources(figure.getSources(), at);
      if (figure.getValue().signum() < 0) {
        report(FIGURE_NEGATIVE, at.at("value"), "value", shown(figure.getValue()));
      }
      if (figure.getSources().isEmpty() || figure.getReferenceDate().isEmpty()) {
        report(FIGURE_UNSOURCED, at, "metric", figure.getMetric(),
            "missing", figure.getSources().isEmpty() && figure.getReferenceDate().isEmpty() ? "source and a reference date"
                : figure.getSources().isEmpty() ? "source" : "reference date");
      }
      String date = figure.getReferenceDate().map(PartialDate::toString).orElse("");
      if (!date.isEmpty()) {
        String fact = figure.getMetric() + '\u0000' + figure.getScope() + '\u0000' + date;
        Integer first = firstOfFact.putIfAbsent(fact, f);
        if (first != null && figures.get(first).getValue().compareTo(figure.getValue()) != 0
            && conflictReported.add(fact)) {
          report(FACT_CONFLICT, at, "fact", figure.getMetric() + " (" + figure.getScope() + ", " + date + ")",
              "value", shown(figure.getValue()), "other", shown(figures.get(first).getValue()),
              "first", owner.at("figures", first).pointer());
        }
      }
      // Per metric and date: the largest and the smallest figure of each scope.
      Map<FigureScope, int[]> scopes = byMetricAndDate.computeIfAbsent(figure.getMetric() + '\u0000' + date,
          k -> new EnumMap<>(FigureScope.class));
      int[] minMax = scopes.get(figure.getScope());
      if (minMax == null) {
        scopes.put(figure.getScope(), new int[] {f, f});
      } else {
        if (figure.getValue().compareTo(figures.get(minMax[0]).getValue()) < 0) {
          minMax[0] = f;
        }
        if (figure.getValue().compareTo(figures.get(minMax[1]).getValue()) > 0) {
          minMax[1] = f;
        }
      }
    }
    for (Map<FigureScope, int[]> scopes : byMetricAndDate.values()) {
      for (Map.Entry<FigureScope, int[]> narrow : scopes.entrySet()) {
        for (Map.Entry<FigureScope, int[]> wide : scopes.entrySet()) {
          if (!narrow.getKey().isNarrowerThan(wide.getKey())) {
            continue;
          }
          MigrationFigure largest = figures.get(narrow.getValue()[1]);
          MigrationFigure smallest = figures.get(wide.getValue()[0]);
          if (largest.getValue().compareTo(smallest.getValue()) > 0) {
            // Without reference dates the two may not describe the same date: only possibly wrong.
            Answer sameDate = largest.getReferenceDate().isPresent() ? Answer.YES : Answer.MAYBE;
            report(FIGURE_SCOPE_INCONSISTENT, sameDate, owner.at("figures", narrow.getValue()[1]).at("value"),
                "metric", largest.getMetric(), "scope", narrow.getKey().toString(),
                "value", shown(largest.getValue()), "wideScope", wide.getKey().toString(),
                "wideValue", shown(smallest.getValue()),
                "other", owner.at("figures", wide.getValue()[0]).pointer());
          }
        }
      }
    }
  }

  // ---- as-of ----------------------------------------------------------------------------------

  /** The dates outside the processes that lie after the document's as-of date. */
  private void checkAsOf(PartialDate asOf) {
    for (int i = 0; i < doc.getSources().size(); i++) {
      Optional<PartialDate> published = doc.getSources().get(i).getPublished();
      if (published.isPresent()) {
        afterAsOf(published.get(), asOf, Loc.ROOT, "sources", i, "published");
      }
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      formerNamesAfterAsOf(doc.getStates().get(i).getFormerNames(), asOf, Loc.ROOT.at("states", i));
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      if (o.getFounded().isPresent()) {
        afterAsOf(o.getFounded().get(), asOf, Loc.ROOT, "organizations", i, "founded");
      }
      formerNamesAfterAsOf(o.getFormerNames(), asOf, at);
      figuresAfterAsOf(o.getFigures(), asOf, at);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      Optional<PartialDate> adopted = doc.getFrameworks().get(i).getAdopted();
      if (adopted.isPresent()) {
        afterAsOf(adopted.get(), asOf, Loc.ROOT, "frameworks", i, "adopted");
      }
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        Optional<Period> period = posts.get(j).getPeriod();
        if (period.isPresent()) {
          afterAsOf(latest(period.get(), true), asOf, Loc.ROOT.at("people", i), "posts", j, "period");
        }
      }
    }
  }

  /** The dates of process {@code p} that lie after the document's as-of date. */
  private void processAfterAsOf(ConsultativeProcess process, int p, PartialDate asOf) {
    Loc owner = Loc.ROOT.at("processes", p);
    if (process.getEstablished().isPresent()) {
      afterAsOf(process.getEstablished().get(), asOf, Loc.ROOT, "processes", p, "established");
    }
    List<Participation> participations = process.getParticipations();
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      Optional<Period> period = participation.getPeriod();
      if (period.isPresent()) {
        afterAsOf(latest(period.get(), true), asOf, owner, "participations", i, "period");
      }
      Optional<PartialDate> heldOn = participation.getAsOf();
      if (heldOn.isPresent()) {
        afterAsOf(heldOn.get(), asOf, owner, "participations", i, "asOf");
      }
    }
    for (int i = 0; i < process.getChairs().size(); i++) {
      Chairmanship chair = process.getChairs().get(i);
      ChairStatus status = chair.getStatus().orElse(null);
      // An incoming term starts after the record; a current or incoming term may end after it.
      boolean checkEnd = status != ChairStatus.CURRENT;
      if (status != ChairStatus.INCOMING) {
        afterAsOf(latest(chair.getPeriod(), checkEnd), asOf, owner, "chairs", i, "period");
      }
    }
    for (int i = 0; i < process.getMeetings().size(); i++) {
      Period period = process.getMeetings().get(i).getPeriod();
      afterAsOf(latest(period, true), asOf, owner, "meetings", i, "period");
    }
    for (int i = 0; i < process.getDeclarations().size(); i++) {
      afterAsOf(process.getDeclarations().get(i).getAdopted(), asOf, owner, "declarations", i, "adopted");
    }
    figuresAfterAsOf(process.getFigures(), asOf, owner);
  }

  private void formerNamesAfterAsOf(List<FormerName> names, PartialDate asOf, Loc owner) {
    for (int j = 0; j < names.size(); j++) {
      Period period = names.get(j).getPeriod();
      afterAsOf(latest(period, true), asOf, owner, "formerNames", j, "period");
    }
  }

  private void figuresAfterAsOf(List<MigrationFigure> figures, PartialDate asOf, Loc owner) {
    for (int f = 0; f < figures.size(); f++) {
      Optional<PartialDate> date = figures.get(f).getReferenceDate();
      if (date.isPresent()) {
        afterAsOf(date.get(), asOf, owner, "figures", f, "referenceDate");
      }
    }
  }

  /** The date of a period compared with the as-of date: its end when asked and known, else its start; or null. */
  private static PartialDate latest(Period period, boolean checkEnd) {
    if (checkEnd && period.getEnd().isPresent()) {
      return period.getEnd().get();
    }
    return period.getStart().orElse(null);
  }

  /** Reports the date at {@code owner/list/index/property} if it lies after the as-of date; a null date is skipped. */
  private void afterAsOf(PartialDate date, PartialDate asOf, Loc owner, String list, int index, String property) {
    if (date == null) {
      return;
    }
    Answer after = after(date, asOf);
    if (after != Answer.NO) {
      report(DATE_AFTER_ASOF, after, owner.at(list, index).at(property), "date", date.toString(),
          "asOf", asOf.toString());
    }
  }

  // ---- one process ----------------------------------------------------------------------------

  /** The checks of one process, sharing its indexes. */
  private final class ProcessCheck {
    private final ConsultativeProcess process;
    private final Loc base;
    private final PartialDate established;
    private final List<Participation> participations;
    private final Bounds[] participationBounds;
    private final Map<Participant, List<Integer>> byParticipant;
    private final Map<String, Integer> meetingIndex;

    ProcessCheck(ConsultativeProcess process, int index) {
      this.process = process;
      this.base = Loc.ROOT.at("processes", index);
      this.established = process.getEstablished().orElse(null);
      this.participations = process.getParticipations();
      this.participationBounds = new Bounds[participations.size()];
      this.meetingIndex = new HashMap<>(capacity(process.getMeetings().size()));
      this.byParticipant = new HashMap<>(capacity(participations.size()));
      for (int i = 0; i < participations.size(); i++) {
        Participation p = participations.get(i);
        participationBounds[i] = Bounds.of(p.span());
        byParticipant.computeIfAbsent(p.getParticipant(), k -> new ArrayList<>(2)).add(i);
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        meetingIndex.putIfAbsent(process.getMeetings().get(m).getId(), m);
      }
    }

    void run() {
      required(process.getName(), base, "name");
      optionalText(process.getAcronym(), base, "acronym");
      optionalText(process.getRegion(), base, "region");
      optionalText(process.getPurpose(), base, "purpose");
      ChairingRule chairing = process.getChairingRule();
      if (chairing.getMaxConcurrentChairs() < 1) {
        field(FIELD_INVALID, POSITIVE_KEY, base.at("chairingRule").at("maxConcurrentChairs"));
      }
      positive(chairing.getTermMonths(), base.at("chairingRule"), "termMonths");
      sources(process.getSources(), base);
      frameworkRefs(process.getFrameworks(), base);
      for (int c = 0; c < process.getClassifications().size(); c++) {
        sources(process.getClassifications().get(c).getSources(), base.at("classifications", c));
      }
      checkParticipations();
      checkChairs();
      checkMeetings();
      checkDeclarations();
      figures(process.getFigures(), base);
    }

    /** The element {@code i} of the process's list {@code list}. */
    private Loc at(String list, int i) {
      return base.at(list, i);
    }

    private Answer startsBeforeEstablishment(Period period, Bounds bounds) {
      if (established == null) {
        return Answer.NO;
      }
      return switch (period.getStartKind()) {
        case KNOWN -> before(period.getStart().get(), established);
        case OPEN -> Answer.YES;
        // An unknown start claims nothing, unless the record surely ends (or held) before.
        default -> Answer.of(bounds.startHigh < established.earliestEpochDay());
      };
    }

    // ---- participations ----

    private void checkParticipations() {
      boolean hasMember = false;
      boolean organizationsAdmitted = process.getMembershipRule().isOrganizationsAdmitted();
      for (int i = 0; i < participations.size(); i++) {
        Participation p = participations.get(i);
        // Most records are clean: their place is built only for a finding.
        Participant who = p.getParticipant();
        if (!isClean(who)) {
          participant(who, at("participations", i), "participant");
        }
        if (!areClean(p.getSources())) {
          sources(p.getSources(), at("participations", i));
        }
        Optional<Period> declared = p.getPeriod();
        Period period = declared.isPresent() ? declared.get() : UNKNOWN_PERIOD;
        if (declared.isPresent() && period.isReversed() == Answer.YES) {
          period(period, at("participations", i), "period");
        }
        if (p.getRole() == Role.MEMBER) {
          hasMember = true;
          if (!organizationsAdmitted && who.getOrganization().isPresent()) {
            report(ROLE_ORGANIZATION_MEMBER, at("participations", i).at("participant"), "organization", who.id());
          }
        }
        Answer early = startsBeforeEstablishment(period, participationBounds[i]);
        if (early != Answer.NO) {
          report(DATE_BEFORE_ESTABLISHMENT, early, at("participations", i).at(declared.isPresent() ? "period" : "asOf"),
              "start", period.toString(), "established", String.valueOf(established), "how", text(early));
        }
      }
      if (!hasMember) {
        report(PROCESS_NO_MEMBERS, base.at("participations"), "process", process.getId());
      }
      for (List<Integer> records : byParticipant.values()) {
        if (records.size() > 1) {
          sweepParticipant(records);
        }
      }
    }

    /**
     * Compares the records of one participant that may overlap, by sort and sweep: in start order,
     * each record is compared, for each role it may clash with, with the one earlier record of that
     * role that reaches furthest (greatest latest end), so the work is linear after the sort.
     */
    private void sweepParticipant(List<Integer> records) {
      List<Integer> sorted = new ArrayList<>(records);
      sorted.sort((a, b) -> {
        int byEarliestStart = Long.compare(participationBounds[a].startLow, participationBounds[b].startLow);
        return byEarliestStart != 0 ? byEarliestStart : Integer.compare(a, b);
      });
      Role[] roles = Role.values();
      int[] reachByRole = new int[roles.length];
      java.util.Arrays.fill(reachByRole, -1);
      for (int current : sorted) {
        Participation later = participations.get(current);
        Span laterSpan = later.span();
        boolean conflict = false;
        boolean duplicate = false;
        boolean fact = false;
        for (Role role : roles) {
          int other = reachByRole[role.ordinal()];
          if (other < 0) {
            continue;
          }
          Participation earlier = participations.get(other);
          boolean sameRole = earlier.getRole() == later.getRole();
          boolean standingPair = earlier.getRole().isStanding() && later.getRole().isStanding();
          if (!sameRole && !standingPair) {
            continue;
          }
          Answer overlap = earlier.span().overlaps(laterSpan);
          if (overlap == Answer.NO) {
            continue;
          }
          int reportAt = Math.max(current, other);
          int first = Math.min(current, other);
          boolean fromOtherSources = disjointSources(earlier.getSources(), later.getSources());
          if (fromOtherSources && sameRole && earlier.span().equals(laterSpan)) {
            continue; // two sources agree: corroboration, not a problem
          }
          if (fromOtherSources) {
            if (!fact) {
              fact = true;
              report(FACT_CONFLICT, overlap, at("participations", reportAt),
                  "fact", participations.get(reportAt).getParticipant() + " as " + roles(earlier, later),
                  "value", spanText(participations.get(reportAt)), "other", spanText(participations.get(first)),
                  "first", at("participations", first).pointer());
            }
          } else if (sameRole) {
            if (!duplicate) {
              duplicate = true;
              report(ROLE_DUPLICATE, overlap, at("participations", reportAt),
                  "participant", later.getParticipant().id(), "role", later.getRole().toString(),
                  "first", at("participations", first).pointer(), "how", text(overlap));
            }
          } else if (!conflict) {
            conflict = true;
            report(ROLE_CONFLICT, overlap, at("participations", reportAt),
                "participant", later.getParticipant().id(), "role", participations.get(reportAt).getRole().toString(),
                "otherRole", participations.get(first).getRole().toString(),
                "first", at("participations", first).pointer(), "how", text(overlap));
          }
        }
        int reach = reachByRole[later.getRole().ordinal()];
        if (reach < 0 || participationBounds[current].endHigh >= participationBounds[reach].endHigh) {
          reachByRole[later.getRole().ordinal()] = current;
        }
      }
    }

    private String roles(Participation a, Participation b) {
      return a.getRole() == b.getRole() ? a.getRole().toString() : a.getRole() + " / " + b.getRole();
    }

    private String spanText(Participation p) {
      return p.getRole() + " " + p.span();
    }

    // ---- chairs ----

    private void checkChairs() {
      List<Chairmanship> chairs = process.getChairs();
      int n = chairs.size();
      Bounds[] bounds = new Bounds[n];
      boolean[] sameFactAsEarlier = new boolean[n];
      Map<Set<Participant>, List<Integer>> byChairs = new HashMap<>();
      for (int j = 0; j < n; j++) {
        Chairmanship chair = chairs.get(j);
        Loc at = at("chairs", j);
        bounds[j] = Bounds.of(chair.getPeriod());
        period(chair.getPeriod(), at, "period");
        sources(chair.getSources(), at);
        if (chair.getChairs().isEmpty()) {
          field(FIELD_REQUIRED, REQUIRED_KEY, at.at("chairs"));
        }
        for (int k = 0; k < chair.getChairs().size(); k++) {
          participant(chair.getChairs().get(k), at, "chairs", k);
          chairIsMember(chair, chair.getChairs().get(k), bounds[j], at.at("chairs", k));
        }
        if (chair.getCoChair().isPresent()) {
          participant(chair.getCoChair().get(), at, "coChair");
        }
        Answer early = startsBeforeEstablishment(chair.getPeriod(), bounds[j]);
        if (early != Answer.NO) {
          report(DATE_BEFORE_ESTABLISHMENT, early, at.at("period"), "start", chair.getPeriod().toString(),
              "established", String.valueOf(established), "how", text(early));
        }
        termLength(chair, bounds[j], at.at("period"));
        byChairs.computeIfAbsent(Set.copyOf(chair.getChairs()), k -> new ArrayList<>(2)).add(j);
      }
      // The same term stated by different sources with different dates: one fact.conflict.
      for (List<Integer> terms : byChairs.values()) {
        if (terms.size() > 1) {
          sameFacts(terms, bounds, sameFactAsEarlier);
        }
      }
      List<Integer> terms = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (!sameFactAsEarlier[j]) {
          terms.add(j);
        }
      }
      terms.sort(byStart(bounds));
      overlaps(terms, bounds);
      gaps(terms, bounds);
    }

    private String chairNames(Chairmanship chair) {
      StringBuilder sb = new StringBuilder();
      for (Participant p : chair.getChairs()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(p.id());
      }
      return sb.toString();
    }

    /**
     * Marks each term of one chair set that states, from other sources, a term an earlier one already
     * states, and reports it when the dates differ. In start order, each term is compared with the
     * earlier unmarked term that reaches furthest (greatest latest end), so the work is linear after
     * the sort.
     */
    private void sameFacts(List<Integer> terms, Bounds[] bounds, boolean[] sameFactAsEarlier) {
      List<Chairmanship> chairs = process.getChairs();
      List<Integer> sorted = new ArrayList<>(terms);
      sorted.sort(byStart(bounds));
      int reach = -1;
      for (int j : sorted) {
        if (reach >= 0) {
          Answer overlap = chairs.get(reach).getPeriod().overlaps(chairs.get(j).getPeriod());
          if (overlap != Answer.NO && disjointSources(chairs.get(reach).getSources(), chairs.get(j).getSources())) {
            sameFactAsEarlier[j] = true;
            if (!chairs.get(reach).getPeriod().equals(chairs.get(j).getPeriod())) {
              report(FACT_CONFLICT, overlap, at("chairs", j),
                  "fact", "chair term of " + chairNames(chairs.get(j)),
                  "value", chairs.get(j).getPeriod().toString(), "other", chairs.get(reach).getPeriod().toString(),
                  "first", at("chairs", reach).pointer());
            }
            continue;
          }
        }
        if (reach < 0 || bounds[j].endHigh >= bounds[reach].endHigh) {
          reach = j;
        }
      }
    }

    /** How many earlier terms {@link #overlaps} scans for the one a finding names. */
    private static final int OTHER_SCAN = 64;

    /**
     * Reports each term (in start order) that runs, or may run, beside more chairs than the rule
     * allows, by one sweep. The possible count is the weight of the earlier terms whose latest end is
     * not before this term's earliest start (less those that hand over to or from it); the sure count
     * is the largest weight of earlier terms surely running at one moment at which this term surely
     * runs, kept in a {@link RangeTree} over each term's sure core [latest start, earliest end].
     */
    private void overlaps(List<Integer> terms, Bounds[] bounds) {
      List<Chairmanship> chairs = process.getChairs();
      int max = process.getChairingRule().getMaxConcurrentChairs();
      int n = terms.size();
      long[] coreStart = new long[n];
      long[] coreEnd = new long[n];
      boolean[] live = new boolean[n];
      long[] points = new long[2 * n];
      for (int x = 0; x < n; x++) {
        Bounds b = bounds[terms.get(x)];
        live[x] = b.startLow <= b.startHigh && b.endLow <= b.endHigh;
        // Doubled days: a day-precise start sits after, a day-precise end before the half-day
        // between, so that a hand-over on one day (the end date is the start date) is no sure overlap
        // while every other shared day still is.
        coreStart[x] = 2 * b.startHigh + (isDay(b.startKind, b.startDate) ? 1 : 0);
        coreEnd[x] = 2 * b.endLow + (isDay(b.endKind, b.endDate) ? 0 : 1);
        points[2 * x] = coreStart[x];
        points[2 * x + 1] = coreEnd[x];
      }
      RangeTree surely = new RangeTree(points);
      java.util.PriorityQueue<Integer> byEnd = new java.util.PriorityQueue<>(
          Comparator.comparingLong((Integer x) -> bounds[terms.get(x)].endHigh));
      java.util.TreeSet<Integer> running = new java.util.TreeSet<>();
      Map<PartialDate, Long> endingOn = new HashMap<>();
      Map<PartialDate, Long> startingOn = new HashMap<>();
      Map<Period, Long> samePeriod = new HashMap<>();
      long runningWeight = 0;
      for (int x = 0; x < n; x++) {
        int j = terms.get(x);
        Chairmanship term = chairs.get(j);
        Period period = term.getPeriod();
        Bounds b = bounds[j];
        int weight = term.getChairs().size();
        long sureWeight = weight;
        long possibleWeight = weight;
        if (live[x]) {
          while (!byEnd.isEmpty() && bounds[terms.get(byEnd.peek())].endHigh < b.startLow) {
            int gone = byEnd.poll();
            running.remove(gone);
            runningWeight -= chairs.get(terms.get(gone)).getChairs().size();
            handOvers(chairs.get(terms.get(gone)), endingOn, startingOn, samePeriod, -1);
          }
          possibleWeight += runningWeight - handOverWeight(period, endingOn, startingOn, samePeriod);
          // A term with an empty core (a single unit such as 2016) surely overlaps an earlier one
          // only if that one surely runs all through the unit.
          sureWeight += coreStart[x] <= coreEnd[x] ? surely.max(coreStart[x], coreEnd[x])
              : surely.min(coreEnd[x], coreStart[x]);
        }
        Answer tooMany = sureWeight > max ? Answer.YES : possibleWeight > max ? Answer.MAYBE : Answer.NO;
        if (tooMany != Answer.NO) {
          int other = otherTerm(x, terms, running, tooMany);
          report(CHAIR_OVERLAP, tooMany, at("chairs", j), "period", period.toString(),
              "other", at("chairs", other).pointer(), "max", Integer.toString(max), "how", text(tooMany));
        }
        if (live[x]) {
          byEnd.add(x);
          running.add(x);
          runningWeight += weight;
          handOvers(term, endingOn, startingOn, samePeriod, 1);
          if (coreStart[x] <= coreEnd[x]) {
            surely.add(coreStart[x], coreEnd[x], weight);
          }
        }
      }
    }

    private static boolean isDay(Period.BoundKind kind, PartialDate date) {
      return kind == Period.BoundKind.KNOWN && date.getPrecision() == org.rcpmodel.time.Precision.DAY;
    }

    /** Adds ({@code sign} 1) or removes (-1) a running term's weight under its known start and end dates. */
    private void handOvers(Chairmanship term, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
        Map<Period, Long> samePeriod, int sign) {
      Period period = term.getPeriod();
      long weight = (long) sign * term.getChairs().size();
      if (period.getEndKind() == Period.BoundKind.KNOWN) {
        endingOn.merge(period.getEnd().get(), weight, Long::sum);
      }
      if (period.getStartKind() == Period.BoundKind.KNOWN) {
        startingOn.merge(period.getStart().get(), weight, Long::sum);
      }
      if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
        samePeriod.merge(period, weight, Long::sum);
      }
    }

    /**
     * The weight of the running terms that hand over to or from this one (and so do not overlap it):
     * those ending on its start or starting on its end, less those doing both, which hand over both
     * ways and so are no hand-over.
     */
    private long handOverWeight(Period period, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
        Map<Period, Long> samePeriod) {
      long weight = 0;
      if (period.getStartKind() == Period.BoundKind.KNOWN) {
        weight += endingOn.getOrDefault(period.getStart().get(), 0L);
      }
      if (period.getEndKind() == Period.BoundKind.KNOWN) {
        weight += startingOn.getOrDefault(period.getEnd().get(), 0L);
      }
      if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
        weight -= 2 * samePeriod.getOrDefault(Period.of(period.getEnd().get(), period.getStart().get()), 0L);
      }
      return weight;
    }

    /**
     * The earlier term a chair.overlap finding names: among the first running terms in start order,
     * the first that surely overlaps (for an ERROR) or else may overlap; the term itself if none.
     */
    private int otherTerm(int x, List<Integer> terms, java.util.NavigableSet<Integer> running, Answer tooMany) {
      List<Chairmanship> chairs = process.getChairs();
      Period period = chairs.get(terms.get(x)).getPeriod();
      int firstPossible = -1;
      int scanned = 0;
      for (int y : running) {
        if (scanned++ == OTHER_SCAN) {
          break;
        }
        Answer overlap = chairs.get(terms.get(y)).getPeriod().overlaps(period);
        if (overlap == Answer.YES && tooMany == Answer.YES) {
          return terms.get(y);
        }
        if (overlap != Answer.NO && firstPossible < 0) {
          firstPossible = terms.get(y);
          if (tooMany != Answer.YES) {
            break;
          }
        }
      }
      return firstPossible >= 0 ? firstPossible : terms.get(x);
    }

    private void gaps(List<Integer> terms, Bounds[] bounds) {
      List<Chairmanship> chairs = process.getChairs();
      Integer latest = null;
      for (int j : terms) {
        if (chairs.get(j).getPeriod().getStartKind() == Period.BoundKind.UNKNOWN) {
          continue; // a term of unknown start cannot be placed in the sequence
        }
        if (latest != null && !adjacent(chairs.get(latest).getPeriod(), chairs.get(j).getPeriod())) {
          Period previous = chairs.get(latest).getPeriod();
          Answer gap = previous.leavesGapBefore(chairs.get(j).getPeriod());
          if (gap != Answer.NO) {
            report(CHAIR_GAP, gap, at("chairs", j), "period", chairs.get(j).getPeriod().toString(),
                "previous", previous.toString(), "first", at("chairs", latest).pointer(), "how", text(gap));
          }
        }
        if (latest == null || bounds[j].endHigh >= bounds[latest].endHigh) {
          latest = j;
        }
      }
    }

    /**
     * Whether the next term starts in the unit right after the one the previous ends in
     * ({@code 2018/2020} then {@code 2021/2022}; {@code 1995-06/1997-05} then {@code 1997-06/1999-05}):
     * the way sources write consecutive terms, not evidence of a gap.
     */
    private boolean adjacent(Period previous, Period next) {
      return previous.getEnd().isPresent() && next.getStart().isPresent()
          && next.getStart().get().earliestEpochDay() == previous.getEnd().get().latestEpochDay() + 1;
    }

    private void termLength(Chairmanship chair, Bounds b, Loc at) {
      Optional<Integer> months = process.getChairingRule().getTermMonths();
      if (months.isEmpty() || chair.getPeriod().getStartKind() != Period.BoundKind.KNOWN
          || chair.getPeriod().isReversed() == Answer.YES) {
        return; // a reversed period has no length; period.reversed reports it
      }
      int m = months.get();
      long shortestEnd;
      switch (chair.getPeriod().getEndKind()) {
        case KNOWN -> shortestEnd = b.endLow;
        case OPEN -> {
          // An open-ended term has lasted at least until the as-of date, once it has started.
          if (doc.getAsOf().isEmpty() || chair.getStatus().orElse(ChairStatus.CURRENT) == ChairStatus.INCOMING) {
            return;
          }
          shortestEnd = doc.getAsOf().get().earliestEpochDay();
        }
        default -> {
          return;
        }
      }
      // Tolerance: a term may be a month shorter or longer than declared. k >= 0 months add 28k to
      // 31k days, so most terms are decided without calendar arithmetic.
      boolean surelyLonger = (m < 0 || shortestEnd + 1 > b.startHigh + 28 * (m + 1L))
          && LocalDate.ofEpochDay(shortestEnd).plusDays(1)
              .isAfter(LocalDate.ofEpochDay(b.startHigh).plusMonths(m + 1L));
      boolean surelyShorter = chair.getPeriod().getEndKind() == Period.BoundKind.KNOWN
          && (m < 1 || b.endHigh + 1 < b.startLow + 31 * (m - 1L))
          && LocalDate.ofEpochDay(b.endHigh).plusDays(1)
              .isBefore(LocalDate.ofEpochDay(b.startLow).plusMonths(m - 1L));
      if (surelyLonger || surelyShorter) {
        report(CHAIR_TERM_LENGTH, at, "period", chair.getPeriod().toString(), "months", Integer.toString(m),
            "how", surelyLonger ? "longer" : "shorter");
      }
    }

    /**
     * A participant's membership records and the chains they form, indexed once: consecutive records
     * that surely meet or overlap cover their union.
     */
    private Coverage membership(Participant participant) {
      List<Integer> members = new ArrayList<>();
      for (int i : byParticipant.getOrDefault(participant, List.of())) {
        if (participations.get(i).getRole() == Role.MEMBER) {
          members.add(i);
        }
      }
      List<Bounds> spans = new ArrayList<>(2 * members.size());
      for (int i : members) {
        spans.add(participationBounds[i]);
      }
      if (members.size() > 1) {
        members.sort(Comparator.comparingLong(i -> participationBounds[i].startLow));
        Bounds chain = participationBounds[members.get(0)];
        Span chainEnd = participations.get(members.get(0)).span();
        for (int x = 1; x < members.size(); x++) {
          Participation next = participations.get(members.get(x));
          if (chainEnd.overlaps(next.span()) == Answer.YES || chainEnd.touches(next.span()) == Answer.YES) {
            if (participationBounds[members.get(x)].endHigh >= chain.endHigh) {
              chain = chain.through(participationBounds[members.get(x)]);
              chainEnd = next.span();
            }
          } else {
            chain = participationBounds[members.get(x)];
            chainEnd = next.span();
          }
          spans.add(chain);
        }
      }
      return new Coverage(spans);
    }

    private void chairIsMember(Chairmanship chair, Participant chairing, Bounds term, Loc at) {
      Answer covered = memberships.computeIfAbsent(chairing, this::membership).holding(term);
      Answer notMember = covered.not();
      if (notMember != Answer.NO) {
        report(CHAIR_NOT_MEMBER, notMember, at, "participant", chairing.id(),
            "period", chair.getPeriod().toString(), "how", text(notMember));
      }
    }

    // ---- meetings ----

    private void checkMeetings() {
      List<Meeting> meetings = process.getMeetings();
      Map<MeetingLevel, List<Integer>> byLevel = new EnumMap<>(MeetingLevel.class);
      for (int m = 0; m < meetings.size(); m++) {
        Meeting meeting = meetings.get(m);
        Optional<String> host = meeting.getHost();
        Optional<Integer> ordinal = meeting.getOrdinal();
        if (!isCleanMeeting(meeting, host, ordinal)) {
          Loc at = at("meetings", m);
          optionalText(meeting.getName(), at, "name");
          optionalText(meeting.getCity(), at, "city");
          positive(ordinal, at, "ordinal");
          sources(meeting.getSources(), at);
          period(meeting.getPeriod(), at, "period");
          if (host.isPresent()) {
            stateCode(host.get(), at, "host");
          }
        }
        if (host.isPresent()) {
          hostTakesPart(meeting, host.get(), m);
        }
        if (ordinal.isPresent()) {
          byLevel.computeIfAbsent(meeting.getLevel(), k -> new ArrayList<>()).add(m);
        }
      }
      for (List<Integer> level : byLevel.values()) {
        ordinalOrder(level);
      }
    }

    /**
     * Compares each meeting of one level with all meetings of lower ordinals at once, through the
     * running maxima of their earliest and latest possible starts: a meeting that surely precedes
     * the one that starts latest at the earliest is an ERROR, one that may precede the one that may
     * start latest a WARNING.
     */
    private void ordinalOrder(List<Integer> level) {
      List<Meeting> meetings = process.getMeetings();
      level.sort((a, b) -> {
        int byOrdinal = Integer.compare(meetings.get(a).getOrdinal().get(), meetings.get(b).getOrdinal().get());
        return byOrdinal != 0 ? byOrdinal : Integer.compare(a, b);
      });
      int byEarliest = -1; // the lower-ordinal meeting with the greatest earliest possible start
      int byLatest = -1; // the one with the greatest latest possible start
      int groupStart = 0;
      for (int x = 0; x < level.size(); x++) {
        int m = level.get(x);
        Meeting meeting = meetings.get(m);
        if (x > 0 && !meetings.get(level.get(x - 1)).getOrdinal().equals(meeting.getOrdinal())) {
          for (int y = groupStart; y < x; y++) {
            int lower = level.get(y);
            Span span = Span.of(meetings.get(lower).getPeriod());
            if (!span.isSatisfiable()) {
              continue; // a reversed period precedes nothing
            }
            if (byEarliest < 0
                || span.earliestStartDay() > Span.of(meetings.get(byEarliest).getPeriod()).earliestStartDay()) {
              byEarliest = lower;
            }
            if (byLatest < 0 || span.latestStartDay() > Span.of(meetings.get(byLatest).getPeriod()).latestStartDay()) {
              byLatest = lower;
            }
          }
          groupStart = x;
        }
        if (x > groupStart) {
          report(MEETING_ORDINAL_ORDER, at("meetings", m).at("ordinal"),
              "ordinal", meeting.getOrdinal().get().toString(), "first", at("meetings", level.get(x - 1)).pointer(),
              "why", "repeats");
          continue;
        }
        int first = -1;
        Answer earlier = Answer.NO;
        for (int candidate : new int[] {byEarliest, byLatest}) {
          // Two meetings of the same unit cannot be ordered by their dates: no evidence either way.
          if (candidate >= 0 && earlier != Answer.YES && !meetings.get(candidate).getPeriod().equals(meeting.getPeriod())) {
            Answer answer = meeting.getPeriod().isBefore(meetings.get(candidate).getPeriod());
            if (answer == Answer.YES || answer == Answer.MAYBE && earlier == Answer.NO) {
              earlier = answer;
              first = candidate;
            }
          }
        }
        if (earlier != Answer.NO) {
          report(MEETING_ORDINAL_ORDER, earlier, at("meetings", m).at("ordinal"),
              "ordinal", meeting.getOrdinal().get().toString(), "first", at("meetings", first).pointer(),
              "why", text(earlier) + " precedes");
        }
      }
    }

    private boolean exempt(PartialDate date) {
      // Records that are or may be from before the process existed (the founding meeting's
      // declaration, the 2011 Almaty Declaration) are exempt.
      return established != null && before(date, established) != Answer.NO;
    }

    private final Map<Participant, Coverage> presences = new HashMap<>();
    private final Map<Participant, Coverage> memberships = new HashMap<>();

    private Answer takesPart(Participant participant, PartialDate date) {
      List<Integer> records = byParticipant.get(participant);
      if (records == null) {
        return Answer.NO;
      }
      return presences.computeIfAbsent(participant, k -> {
        List<Bounds> live = new ArrayList<>(records.size());
        for (int i : records) {
          Bounds b = participationBounds[i];
          if (b.startLow <= b.startHigh && b.endLow <= b.endHigh) {
            live.add(b); // Bounds#contains holds nothing for a record with no valid refinement
          }
        }
        return new Coverage(live);
      }).on(date);
    }

    /**
     * Spans (a participant's records, or those and the chains they form) indexed once so that "does
     * some span hold this date" and "does some span hold this term" are answered in O(log n), with
     * exactly the answer of OR-ing {@link Bounds#contains} or {@link Bounds#within} over them: a span
     * surely holds when its start is surely not after the asked start (or its start date encloses the
     * asked one) and its end surely not before the asked end (or its end date encloses it); possibly,
     * when its earliest start is not after the asked latest start and its latest end not before the
     * asked earliest end.
     */
    private static final class Coverage {
      /**
       * Up to this many spans are asked one by one: most participants have one or two records, and
       * indexing them would cost more than the questions.
       */
      private static final int ASKED_DIRECTLY = 8;

      /** The spans themselves when there are few, else null and the indexes below answer. */
      private final List<Bounds> few;
      /** By latest start, with the prefix maxima of the earliest ends. */
      private long[] byLatestStart;
      private long[] earliestEndUpTo;
      /** By earliest start, with the prefix maxima of the latest ends. */
      private long[] byEarliestStart;
      private long[] latestEndUpTo;
      /** By known start date: the greatest earliest end; by known end date: the smallest latest start. */
      private Map<PartialDate, Long> earliestEndByStartDate;
      private Map<PartialDate, Long> latestStartByEndDate;
      private Set<Period> knownPeriods;

      Coverage(List<Bounds> spans) {
        if (spans.size() <= ASKED_DIRECTLY) {
          few = spans;
          return;
        }
        few = null;
        earliestEndByStartDate = new HashMap<>();
        latestStartByEndDate = new HashMap<>();
        knownPeriods = new HashSet<>();
        List<Bounds> all = new ArrayList<>(spans);
        for (Bounds b : all) {
          if (b.startDate != null) {
            earliestEndByStartDate.merge(b.startDate, b.endLow, Math::max);
          }
          if (b.endDate != null) {
            latestStartByEndDate.merge(b.endDate, b.startHigh, Math::min);
          }
          if (b.startDate != null && b.endDate != null) {
            knownPeriods.add(Period.of(b.startDate, b.endDate));
          }
        }
        int n = all.size();
        byLatestStart = new long[n];
        earliestEndUpTo = new long[n];
        byEarliestStart = new long[n];
        latestEndUpTo = new long[n];
        all.sort(Comparator.comparingLong(b -> b.startHigh));
        for (int x = 0; x < n; x++) {
          byLatestStart[x] = all.get(x).startHigh;
          earliestEndUpTo[x] = Math.max(x > 0 ? earliestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endLow);
        }
        all.sort(Comparator.comparingLong(b -> b.startLow));
        for (int x = 0; x < n; x++) {
          byEarliestStart[x] = all.get(x).startLow;
          latestEndUpTo[x] = Math.max(x > 0 ? latestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endHigh);
        }
      }

      /** Whether some span holds the day a date stands for, as {@link Bounds#contains}. */
      Answer on(PartialDate date) {
        if (few != null) {
          Answer any = Answer.NO;
          for (int i = 0; i < few.size() && any != Answer.YES; i++) {
            any = any.or(few.get(i).contains(date));
          }
          return any;
        }
        List<PartialDate> units = enclosing(date);
        long first = date.earliestEpochDay();
        long last = date.latestEpochDay();
        return holds(first, last, last, first, units, units);
      }

      /** Whether some span holds a term, as {@link Bounds#within}. */
      Answer holding(Bounds term) {
        if (few != null) {
          Answer any = Answer.NO;
          for (int i = 0; i < few.size() && any != Answer.YES; i++) {
            any = any.or(term.within(few.get(i)));
          }
          return any;
        }
        return holds(term.startLow, term.startHigh, term.endHigh, term.endLow,
            term.startDate == null ? List.of() : enclosing(term.startDate),
            term.endDate == null ? List.of() : enclosing(term.endDate));
      }

      private Answer holds(long startLow, long startHigh, long endHigh, long endLow, List<PartialDate> startUnits,
          List<PartialDate> endUnits) {
        int upTo = lastAtMost(byLatestStart, startLow);
        if (upTo >= 0 && earliestEndUpTo[upTo] >= endHigh) {
          return Answer.YES;
        }
        for (PartialDate unit : startUnits) {
          Long end = earliestEndByStartDate.get(unit);
          if (end != null && end >= endHigh) {
            return Answer.YES;
          }
          for (PartialDate endUnit : endUnits) {
            if (knownPeriods.contains(Period.of(unit, endUnit))) {
              return Answer.YES;
            }
          }
        }
        for (PartialDate unit : endUnits) {
          Long start = latestStartByEndDate.get(unit);
          if (start != null && start <= startLow) {
            return Answer.YES;
          }
        }
        int possible = lastAtMost(byEarliestStart, startHigh);
        return possible >= 0 && latestEndUpTo[possible] >= endLow ? Answer.MAYBE : Answer.NO;
      }
    }

    /** The index of the last element not greater than {@code key} in a sorted array, or -1. */
    private static int lastAtMost(long[] sorted, long key) {
      int low = 0;
      int high = sorted.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        if (sorted[mid] <= key) {
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      return high;
    }

    /** The date and the coarser units that enclose it: 2013-06-05, 2013-06, 2013. */
    private static List<PartialDate> enclosing(PartialDate date) {
      List<PartialDate> units = new ArrayList<>(3);
      units.add(date);
      if (date.getPrecision() != org.rcpmodel.time.Precision.YEAR) {
        units.add(PartialDate.ofYear(date.getYear()));
      }
      if (date.getPrecision() == org.rcpmodel.time.Precision.DAY) {
        units.add(PartialDate.ofYearMonth(date.getYear(), date.getMonth().getAsInt()));
      }
      return units;
    }

    /** Whether a meeting's fields need no report: most do not, and their place is then never built. */
    private boolean isCleanMeeting(Meeting meeting, Optional<String> host, Optional<Integer> ordinal) {
      Optional<String> name = meeting.getName();
      Optional<String> city = meeting.getCity();
      return (name.isEmpty() || FieldForms.hasNonSpace(name.get()))
          && (city.isEmpty() || FieldForms.hasNonSpace(city.get()))
          && (ordinal.isEmpty() || ordinal.get() > 0)
          && areClean(meeting.getSources())
          && meeting.getPeriod().isReversed() != Answer.YES
          && (host.isEmpty() || FieldForms.isStateCode(host.get()) && StateCodes.isAssigned(host.get()));
    }

    private void hostTakesPart(Meeting meeting, String host, int m) {
      Optional<PartialDate> date = meeting.getPeriod().getStart();
      if (date.isEmpty() || exempt(date.get())) {
        return;
      }
      Answer absent = takesPart(Participant.state(host), date.get()).not();
      if (absent != Answer.NO) {
        report(MEETING_HOST_NOT_PARTICIPANT, absent, at("meetings", m).at("host"), "host", host, "date", date.get().toString(),
            "how", text(absent));
      }
    }

    // ---- declarations ----

    private void checkDeclarations() {
      List<Declaration> declarations = process.getDeclarations();
      for (int d = 0; d < declarations.size(); d++) {
        Declaration declaration = declarations.get(d);
        Loc at = at("declarations", d);
        PartialDate adopted = declaration.getAdopted();
        required(declaration.getTitle(), at, "title");
        requiredElements(declaration.getThemes(), at, "themes");
        sources(declaration.getSources(), at);
        frameworkRefs(declaration.getFrameworks(), at);
        if (declaration.getMeeting().isPresent()) {
          id(declaration.getMeeting().get(), at, "meeting");
          Integer m = meetingIndex.get(declaration.getMeeting().get());
          if (m == null) {
            report(REF_UNRESOLVED, at.at("meeting"), "kind", "meeting", "id", declaration.getMeeting().get());
          } else {
            Period meeting = process.getMeetings().get(m).getPeriod();
            Answer outside = Bounds.of(meeting).contains(adopted).not();
            if (outside != Answer.NO) {
              report(DECLARATION_OUTSIDE_MEETING, outside, at.at("adopted"), "adopted", adopted.toString(),
                  "meeting", declaration.getMeeting().get(), "period", meeting.toString(), "how", text(outside));
            }
          }
        }
        boolean exempt = exempt(adopted);
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Participant adopter = declaration.getAdopters().get(k);
          participant(adopter, at, "adopters", k);
          if (!exempt) {
            Answer absent = takesPart(adopter, adopted).not();
            if (absent != Answer.NO) {
              report(DECLARATION_ADOPTER_NOT_PARTICIPANT, absent, at.at("adopters", k),
                  "participant", adopter.id(), "adopted", adopted.toString(), "how", text(absent));
            }
          }
        }
        for (int k = 0; k < declaration.getFrameworks().size(); k++) {
          Framework framework = frameworks.get(declaration.getFrameworks().get(k));
          if (framework != null && framework.getAdopted().isPresent()) {
            PartialDate frameworkAdopted = framework.getAdopted().get();
            Answer later = before(adopted, frameworkAdopted);
            if (later != Answer.NO) {
              report(DECLARATION_ANACHRONISM, later, at.at("frameworks", k), "framework", framework.getId(),
                  "frameworkAdopted", frameworkAdopted.toString(), "adopted", adopted.toString(), "how", text(later));
            }
          }
        }
      }
    }
  }

  /**
   * A number as a message shows it: plain digits for ordinary magnitudes, scientific notation for
   * extreme exponents, whose plain form would be billions of digits (or fail to build at all).
   */
  private static String shown(java.math.BigDecimal value) {
    return Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString();
  }

  /** Whether a record's date lies before a reference date, reading a date inside the reference's unit as no earlier. */
  private static Answer before(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isBefore(reference);
  }

  /** Whether a record's date lies after a reference date, reading a date inside the reference's unit as no later. */
  private static Answer after(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isAfter(reference);
  }

  /**
   * Orders record indexes by earliest start, then latest start, then index: one comparator, because a
   * chain of {@code thenComparing} keys boxes and dispatches per key on every comparison.
   */
  private static Comparator<Integer> byStart(Bounds[] bounds) {
    return (a, b) -> {
      Bounds x = bounds[a];
      Bounds y = bounds[b];
      int c = Long.compare(x.startLow, y.startLow);
      if (c == 0) {
        c = Long.compare(x.startHigh, y.startHigh);
      }
      return c != 0 ? c : Integer.compare(a, b);
    };
  }

  /** A hash map capacity that holds {@code n} entries without resizing. */
  private static int capacity(int n) {
    return n + n / 3 + 1;
  }

  private static boolean disjointSources(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.size() * b.size() <= 64) {
      for (String s : b) {
        if (a.contains(s)) {
          return false;
        }
      }
      return true;
    }
    Set<String> set = new HashSet<>(a);
    for (String s : b) {
      if (set.contains(s)) {
        return false;
      }
    }
    return true;
  }

}
