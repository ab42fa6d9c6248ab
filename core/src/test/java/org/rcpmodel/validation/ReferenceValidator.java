package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleCatalogue.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Facts;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanDays;

/**
 * A naive reference validator, written straight from docs/RULES.md, for the rules that no other
 * oracle holds the engine to: every pair of records is compared directly (quadratic, no index, no
 * sweep, no running maximum), and every date question is asked of the public relations of
 * {@code org.rcpmodel.time} ({@code isBefore}, {@code isAfter}, {@code encloses}, {@code contains},
 * {@code overlaps}, {@code intersects}) and of {@link Facts}; day numbers, those {@link Span}
 * gives, serve only the term length's month arithmetic, the annual host's "within the term's units"
 * and the "start order" in which restatements are told. It never calls the engine's classes.
 *
 * <p>Over 400 lines because it is one text to be read beside docs/RULES.md, rule after rule in
 * the catalogue's order; split, its parts would each need the document walk again.
 *
 * <p>A finding is the text {@code "code SEVERITY /json/pointer"}. {@link #CODES} are the codes it
 * covers; for {@code fact.conflict} it covers every record kind except participations, which
 * {@link ParticipationOracleTest} holds.
 */
final class ReferenceValidator {

  /** The codes this reference gives every finding of. */
  static final Set<String> CODES = Set.of(ID_DUPLICATE, REF_UNRESOLVED, REF_CYCLE, STATE_UNKNOWN_CODE, PERIOD_REVERSED,
      DATE_BEFORE_ESTABLISHMENT, DATE_AFTER_ASOF, ROLE_ORGANIZATION_MEMBER, CHAIR_TERM_LENGTH, CHAIR_NOT_HOST,
      MEETING_ORDINAL_ORDER, DECLARATION_OUTSIDE_MEETING, DECLARATION_ANACHRONISM, FIGURE_NEGATIVE,
      FIGURE_SCOPE_INCONSISTENT, FIGURE_UNSOURCED, FACT_CONFLICT);

  /** Whether an engine finding is one this reference covers (participation fact.conflicts are not). */
  static boolean covers(String code, String pointer) {
    return CODES.contains(code) && !(code.equals(FACT_CONFLICT) && pointer.contains("/participations/"));
  }

  private final Document doc;
  private final List<String> out = new ArrayList<>();

  private ReferenceValidator(Document doc) {
    this.doc = doc;
  }

  /** The findings of the covered codes, in no particular order (a multiset: one entry per finding). */
  static List<String> findings(Document doc) {
    ReferenceValidator r = new ReferenceValidator(doc);
    r.run();
    return r.out;
  }

  private void add(String code, Severity severity, String pointer) {
    out.add(code + " " + severity + " " + pointer);
  }

  /** YES at the rule's severity, MAYBE one step lower, NO nothing. */
  private void add(String code, Severity severity, Answer answer, String pointer) {
    if (answer != Answer.NO) {
      add(code, answer == Answer.YES ? severity : severity.lowered(), pointer);
    }
  }

  private void run() {
    ids();
    references();
    cycles();
    stateCodes();
    reversedPeriods();
    afterAsOf();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      String at = "/processes/" + p;
      beforeEstablishment(process, at);
      organizationMembers(process, at);
      termLengths(process, at);
      notHost(process, at);
      ordinalOrder(process, at);
      declarations(process, at);
      figures(process.getFigures(), at);
      chairConflicts(process, at);
      secretariatConflicts(process, at);
      statementConflicts(process, at);
      figureConflicts(process.getFigures(), at);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      figures(doc.getOrganizations().get(i).getFigures(), "/organizations/" + i);
      figureConflicts(doc.getOrganizations().get(i).getFigures(), "/organizations/" + i);
    }
  }

  // ---- id.duplicate: two entities of one kind share an id; reported at the later one ---------------

  private void duplicates(List<String> ids, String list, String property) {
    for (int i = 0; i < ids.size(); i++) {
      if (ids.subList(0, i).contains(ids.get(i))) {
        add(ID_DUPLICATE, Severity.ERROR, list + "/" + i + "/" + property);
      }
    }
  }

  private void ids() {
    duplicates(doc.getSources().stream().map(Source::getId).toList(), "/sources", "id");
    duplicates(doc.getStates().stream().map(State::getCode).toList(), "/states", "code");
    duplicates(doc.getOrganizations().stream().map(Organization::getId).toList(), "/organizations", "id");
    duplicates(doc.getFrameworks().stream().map(Framework::getId).toList(), "/frameworks", "id");
    duplicates(doc.getProcesses().stream().map(ConsultativeProcess::getId).toList(), "/processes", "id");
    duplicates(doc.getPeople().stream().map(Person::getId).toList(), "/people", "id");
    // Meetings and declarations are unique across the whole document.
    List<String> meetingIds = new ArrayList<>();
    List<String> meetingPaths = new ArrayList<>();
    List<String> declarationIds = new ArrayList<>();
    List<String> declarationPaths = new ArrayList<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      for (int m = 0; m < process.getMeetings().size(); m++) {
        meetingIds.add(process.getMeetings().get(m).getId());
        meetingPaths.add("/processes/" + p + "/meetings/" + m + "/id");
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        declarationIds.add(process.getDeclarations().get(d).getId());
        declarationPaths.add("/processes/" + p + "/declarations/" + d + "/id");
      }
      // Groups, bodies and chair terms: unique within their process.
      String at = "/processes/" + p;
      duplicates(process.getGroups().stream().map(g -> g.getId()).toList(), at + "/groups", "id");
      duplicates(process.getBodies().stream().map(g -> g.getId()).toList(), at + "/bodies", "id");
      List<Chairmanship> chairs = process.getChairs();
      for (int j = 0; j < chairs.size(); j++) {
        Optional<String> id = chairs.get(j).getId();
        for (int i = 0; id.isPresent() && i < j; i++) {
          if (chairs.get(i).getId().equals(id)) {
            add(ID_DUPLICATE, Severity.ERROR, at + "/chairs/" + j + "/id");
            break;
          }
        }
      }
    }
    for (int x = 0; x < meetingIds.size(); x++) {
      if (meetingIds.subList(0, x).contains(meetingIds.get(x))) {
        add(ID_DUPLICATE, Severity.ERROR, meetingPaths.get(x));
      }
    }
    for (int x = 0; x < declarationIds.size(); x++) {
      if (declarationIds.subList(0, x).contains(declarationIds.get(x))) {
        add(ID_DUPLICATE, Severity.ERROR, declarationPaths.get(x));
      }
    }
  }

  // ---- ref.unresolved: a reference names no entity of the document -------------------------------

  private boolean isSource(String id) {
    return doc.getSources().stream().anyMatch(s -> s.getId().equals(id));
  }

  private boolean isOrganization(String id) {
    return doc.getOrganizations().stream().anyMatch(o -> o.getId().equals(id));
  }

  private boolean isFramework(String id) {
    return doc.getFrameworks().stream().anyMatch(f -> f.getId().equals(id));
  }

  private void sources(List<String> ids, String owner) {
    for (int k = 0; k < ids.size(); k++) {
      if (!isSource(ids.get(k))) {
        add(REF_UNRESOLVED, Severity.ERROR, owner + "/sources/" + k);
      }
    }
  }

  private void organization(String id, String pointer) {
    if (!isOrganization(id)) {
      add(REF_UNRESOLVED, Severity.ERROR, pointer);
    }
  }

  private void participantReference(Participant participant, String at) {
    participant.getOrganization().ifPresent(id -> organization(id, at + "/organization"));
  }

  private void frameworks(List<String> ids, String owner) {
    for (int k = 0; k < ids.size(); k++) {
      if (!isFramework(ids.get(k))) {
        add(REF_UNRESOLVED, Severity.ERROR, owner + "/frameworks/" + k);
      }
    }
  }

  private void references() {
    for (int i = 0; i < doc.getSources().size(); i++) {
      Optional<String> supersedes = doc.getSources().get(i).getSupersedes();
      if (supersedes.isPresent() && !isSource(supersedes.get())) {
        add(REF_UNRESOLVED, Severity.ERROR, "/sources/" + i + "/supersedes");
      }
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      sources(doc.getStates().get(i).getSources(), "/states/" + i);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      String at = "/organizations/" + i;
      sources(o.getSources(), at);
      o.getParent().ifPresent(parent -> organization(parent, at + "/parent"));
      for (int f = 0; f < o.getFigures().size(); f++) {
        sources(o.getFigures().get(f).getSources(), at + "/figures/" + f);
      }
      for (int n = 0; n < o.getOtherNames().size(); n++) {
        sources(o.getOtherNames().get(n).getSources(), at + "/otherNames/" + n);
      }
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      sources(doc.getFrameworks().get(i).getSources(), "/frameworks/" + i);
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      sources(person.getSources(), "/people/" + i);
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        String at = "/people/" + i + "/posts/" + j;
        post.getOrganization().ifPresent(id -> organization(id, at + "/organization"));
        sources(post.getSources(), at);
        Optional<ConsultativeProcess> process = post.getProcess().flatMap(
            id -> doc.getProcesses().stream().filter(p -> p.getId().equals(id)).findFirst());
        if (post.getProcess().isPresent() && process.isEmpty()) {
          add(REF_UNRESOLVED, Severity.ERROR, at + "/process");
        }
        if (post.getChairTerm().isPresent() && (process.isEmpty()
            || process.get().getChairs().stream().noneMatch(c -> c.getId().equals(post.getChairTerm())))) {
          add(REF_UNRESOLVED, Severity.ERROR, at + "/chairTerm");
        }
      }
    }
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      processReferences(doc.getProcesses().get(p), "/processes/" + p);
    }
  }

  private void processReferences(ConsultativeProcess process, String at) {
    sources(process.getSources(), at);
    frameworks(process.getFrameworks(), at);
    for (int i = 0; i < process.getClassifications().size(); i++) {
      sources(process.getClassifications().get(i).getSources(), at + "/classifications/" + i);
    }
    for (int i = 0; i < process.getOtherNames().size(); i++) {
      sources(process.getOtherNames().get(i).getSources(), at + "/otherNames/" + i);
    }
    for (int i = 0; i < process.getStatements().size(); i++) {
      sources(process.getStatements().get(i).getSources(), at + "/statements/" + i);
    }
    sources(process.getChairingRule().getSources(), at + "/chairingRule");
    for (int i = 0; i < process.getParticipations().size(); i++) {
      Participation record = process.getParticipations().get(i);
      participantReference(record.getParticipant(), at + "/participations/" + i + "/participant");
      sources(record.getSources(), at + "/participations/" + i);
    }
    for (int j = 0; j < process.getChairs().size(); j++) {
      Chairmanship chair = process.getChairs().get(j);
      String term = at + "/chairs/" + j;
      sources(chair.getSources(), term);
      for (int k = 0; k < chair.getChairs().size(); k++) {
        participantReference(chair.getChairs().get(k), term + "/chairs/" + k);
      }
      chair.getCoChair().ifPresent(c -> participantReference(c, term + "/coChair"));
    }
    for (int m = 0; m < process.getMeetings().size(); m++) {
      sources(process.getMeetings().get(m).getSources(), at + "/meetings/" + m);
    }
    for (int d = 0; d < process.getDeclarations().size(); d++) {
      Declaration declaration = process.getDeclarations().get(d);
      String here = at + "/declarations/" + d;
      sources(declaration.getSources(), here);
      frameworks(declaration.getFrameworks(), here);
      // A declaration is adopted at a meeting of its own process: another process's meeting is unresolved too.
      if (declaration.getMeeting().isPresent()
          && process.getMeetings().stream().noneMatch(m -> m.getId().equals(declaration.getMeeting().get()))) {
        add(REF_UNRESOLVED, Severity.ERROR, here + "/meeting");
      }
      for (int k = 0; k < declaration.getAdopters().size(); k++) {
        participantReference(declaration.getAdopters().get(k), here + "/adopters/" + k);
      }
    }
    for (int f = 0; f < process.getFigures().size(); f++) {
      sources(process.getFigures().get(f).getSources(), at + "/figures/" + f);
    }
    for (int i = 0; i < process.getParticipantCounts().size(); i++) {
      sources(process.getParticipantCounts().get(i).getSources(), at + "/participantCounts/" + i);
    }
    for (int i = 0; i < process.getGroups().size(); i++) {
      ParticipantGroup group = process.getGroups().get(i);
      String here = at + "/groups/" + i;
      group.getMembersOf().ifPresent(id -> organization(id, here + "/membersOf"));
      for (int k = 0; k < group.getMembers().size(); k++) {
        participantReference(group.getMembers().get(k), here + "/members/" + k);
      }
      sources(group.getSources(), here);
    }
    for (int i = 0; i < process.getSecretariats().size(); i++) {
      Secretariat s = process.getSecretariats().get(i);
      String here = at + "/secretariats/" + i;
      for (int k = 0; k < s.getPerformers().size(); k++) {
        participantReference(s.getPerformers().get(k), here + "/performers/" + k);
      }
      if (s.getBody().isPresent() && process.getBodies().stream().noneMatch(b -> b.getId().equals(s.getBody().get()))) {
        add(REF_UNRESOLVED, Severity.ERROR, here + "/body");
      }
      sources(s.getSources(), here);
    }
  }

  // ---- ref.cycle: an organization is its own ancestor; once per loop, at its first organization --

  /** The first organization with the id, or -1. */
  private int organizationIndex(String id) {
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      if (doc.getOrganizations().get(i).getId().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private int parentOf(int i) {
    return doc.getOrganizations().get(i).getParent().map(this::organizationIndex).orElse(-1);
  }

  /** Whether {@code to} is reached from {@code from} by one or more steps up the parents. */
  private boolean reaches(int from, int to) {
    int current = parentOf(from);
    for (int steps = 0; current >= 0 && steps <= doc.getOrganizations().size(); steps++) {
      if (current == to) {
        return true;
      }
      current = parentOf(current);
    }
    return false;
  }

  private void cycles() {
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      if (!reaches(i, i)) {
        continue;
      }
      boolean first = true;
      for (int j = 0; j < i; j++) {
        first &= !(reaches(j, j) && reaches(i, j));
      }
      if (first) {
        add(REF_CYCLE, Severity.ERROR, "/organizations/" + i + "/parent");
      }
    }
  }

  // ---- state.unknown-code: a well-formed State code ISO 3166-1 does not assign --------------------

  private void code(String code, String pointer) {
    if (code.matches("[A-Z]{3}") && !StateCodes.isAssigned(code)) {
      add(STATE_UNKNOWN_CODE, Severity.ERROR, pointer);
    }
  }

  private void participantCode(Participant participant, String at) {
    participant.getState().ifPresent(code -> code(code, at + "/state"));
  }

  private void stateCodes() {
    for (int i = 0; i < doc.getStates().size(); i++) {
      code(doc.getStates().get(i).getCode(), "/states/" + i + "/code");
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        int jj = j;
        int ii = i;
        posts.get(j).getState().ifPresent(code -> code(code, "/people/" + ii + "/posts/" + jj + "/state"));
      }
    }
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      String at = "/processes/" + p;
      for (int i = 0; i < process.getParticipations().size(); i++) {
        participantCode(process.getParticipations().get(i).getParticipant(), at + "/participations/" + i + "/participant");
      }
      for (int j = 0; j < process.getChairs().size(); j++) {
        Chairmanship chair = process.getChairs().get(j);
        for (int k = 0; k < chair.getChairs().size(); k++) {
          participantCode(chair.getChairs().get(k), at + "/chairs/" + j + "/chairs/" + k);
        }
        int jj = j;
        chair.getCoChair().ifPresent(c -> participantCode(c, at + "/chairs/" + jj + "/coChair"));
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        int mm = m;
        process.getMeetings().get(m).getHost().ifPresent(h -> code(h, at + "/meetings/" + mm + "/host"));
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        List<Participant> adopters = process.getDeclarations().get(d).getAdopters();
        for (int k = 0; k < adopters.size(); k++) {
          participantCode(adopters.get(k), at + "/declarations/" + d + "/adopters/" + k);
        }
      }
      for (int i = 0; i < process.getGroups().size(); i++) {
        List<Participant> members = process.getGroups().get(i).getMembers();
        for (int k = 0; k < members.size(); k++) {
          participantCode(members.get(k), at + "/groups/" + i + "/members/" + k);
        }
      }
      for (int i = 0; i < process.getSecretariats().size(); i++) {
        Secretariat s = process.getSecretariats().get(i);
        for (int k = 0; k < s.getPerformers().size(); k++) {
          participantCode(s.getPerformers().get(k), at + "/secretariats/" + i + "/performers/" + k);
        }
        int ii = i;
        s.getHost().ifPresent(h -> code(h, at + "/secretariats/" + ii + "/host"));
      }
    }
  }

  // ---- period.reversed: a period surely ends before it starts ------------------------------------

  private void reversed(Period period, String pointer) {
    if (period.isReversed() == Answer.YES) {
      add(PERIOD_REVERSED, Severity.ERROR, pointer);
    }
  }

  private void reversedPeriods() {
    for (int i = 0; i < doc.getStates().size(); i++) {
      formerNames(doc.getStates().get(i).getFormerNames(), "/states/" + i);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      formerNames(doc.getOrganizations().get(i).getFormerNames(), "/organizations/" + i);
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        int ii = i;
        int jj = j;
        posts.get(j).getPeriod().ifPresent(period -> reversed(period, "/people/" + ii + "/posts/" + jj + "/period"));
      }
    }
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      String at = "/processes/" + p;
      for (int i = 0; i < process.getParticipations().size(); i++) {
        int ii = i;
        process.getParticipations().get(i).getPeriod()
            .ifPresent(period -> reversed(period, at + "/participations/" + ii + "/period"));
      }
      for (int j = 0; j < process.getChairs().size(); j++) {
        reversed(process.getChairs().get(j).getPeriod(), at + "/chairs/" + j + "/period");
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        reversed(process.getMeetings().get(m).getPeriod(), at + "/meetings/" + m + "/period");
      }
      for (int i = 0; i < process.getGroups().size(); i++) {
        int ii = i;
        process.getGroups().get(i).getPeriod().ifPresent(period -> reversed(period, at + "/groups/" + ii + "/period"));
      }
      for (int i = 0; i < process.getSecretariats().size(); i++) {
        int ii = i;
        process.getSecretariats().get(i).getPeriod()
            .ifPresent(period -> reversed(period, at + "/secretariats/" + ii + "/period"));
      }
    }
  }

  private void formerNames(List<FormerName> names, String owner) {
    for (int j = 0; j < names.size(); j++) {
      reversed(names.get(j).getPeriod(), owner + "/formerNames/" + j + "/period");
    }
  }

  // ---- refinement: a date inside the unit of the date it is compared with refines it --------------

  /**
   * Whether a record date is read as refining a reference date: it lies in the reference's unit,
   * and neither is qualified (an uncertain or approximate date may lie in a neighbouring unit).
   */
  private static boolean refines(PartialDate record, PartialDate reference) {
    return !record.isQualified() && !reference.isQualified() && reference.encloses(record);
  }

  /** "The record's date lies before the reference date", a refinement being no earlier. */
  private static Answer before(PartialDate record, PartialDate reference) {
    return refines(record, reference) ? Answer.NO : record.isBefore(reference);
  }

  /** "The record's date lies after the reference date", a refinement being no later. */
  private static Answer after(PartialDate record, PartialDate reference) {
    return refines(record, reference) ? Answer.NO : record.isAfter(reference);
  }

  // ---- date.before-establishment ------------------------------------------------------------------

  /** The establishment dates a reading may pick: the process's own, and each ESTABLISHED statement's. */
  private static List<PartialDate> establishments(ConsultativeProcess process) {
    List<PartialDate> readings = new ArrayList<>();
    process.getEstablished().ifPresent(readings::add);
    for (Statement statement : process.getStatements()) {
      if (statement.getProperty() == StatedProperty.ESTABLISHED && !readings.contains(statement.getDate().get())) {
        readings.add(statement.getDate().get());
      }
    }
    return readings;
  }

  /**
   * Whether a record starts before one establishment date: a known start by the dates (a refinement
   * is not before); an open start always; an unknown start only when the record surely ended, or
   * surely held, before it.
   */
  private static Answer startsBefore(Period period, Optional<PartialDate> heldOn, PartialDate established) {
    return switch (period.getStartKind()) {
      case KNOWN -> before(period.getStart().get(), established);
      case OPEN -> Answer.YES;
      case UNKNOWN -> Answer.of(period.getEnd().map(end -> end.isBefore(established) == Answer.YES).orElse(false)
          || heldOn.map(d -> d.isBefore(established) == Answer.YES).orElse(false));
    };
  }

  /** YES when before every establishment reading, NO when before none, MAYBE when before some. */
  private static Answer startsBefore(List<PartialDate> readings, Period period, Optional<PartialDate> heldOn) {
    boolean every = true;
    boolean some = false;
    boolean maybe = false;
    for (PartialDate reading : readings) {
      Answer one = startsBefore(period, heldOn, reading);
      every &= one == Answer.YES;
      some |= one == Answer.YES;
      maybe |= one == Answer.MAYBE;
    }
    if (readings.isEmpty() || !some && !maybe) {
      return Answer.NO;
    }
    return every ? Answer.YES : Answer.MAYBE;
  }

  private void beforeEstablishment(ConsultativeProcess process, String at) {
    List<PartialDate> readings = establishments(process);
    for (int i = 0; i < process.getParticipations().size(); i++) {
      Participation record = process.getParticipations().get(i);
      Answer early = startsBefore(readings, record.getPeriod().orElse(Period.unknown()), record.getAsOf());
      add(DATE_BEFORE_ESTABLISHMENT, Severity.ERROR, early,
          at + "/participations/" + i + (record.getPeriod().isPresent() ? "/period" : "/asOf"));
    }
    for (int j = 0; j < process.getChairs().size(); j++) {
      Answer early = startsBefore(readings, process.getChairs().get(j).getPeriod(), Optional.empty());
      add(DATE_BEFORE_ESTABLISHMENT, Severity.ERROR, early, at + "/chairs/" + j + "/period");
    }
  }

  // ---- date.after-asof ----------------------------------------------------------------------------

  private void afterAsOf(PartialDate date, String pointer) {
    PartialDate asOf = doc.getAsOf().get();
    add(DATE_AFTER_ASOF, Severity.WARNING, after(date, asOf), pointer);
  }

  /** A period is compared by its end when known (else its start), or by its start only. */
  private void afterAsOf(Period period, boolean byEnd, String pointer) {
    Optional<PartialDate> date = byEnd && period.getEnd().isPresent() ? period.getEnd() : period.getStart();
    date.ifPresent(d -> afterAsOf(d, pointer));
  }

  private void afterAsOf() {
    if (doc.getAsOf().isEmpty()) {
      return;
    }
    for (int i = 0; i < doc.getSources().size(); i++) {
      int ii = i;
      doc.getSources().get(i).getPublished().ifPresent(d -> afterAsOf(d, "/sources/" + ii + "/published"));
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      List<FormerName> names = doc.getStates().get(i).getFormerNames();
      for (int j = 0; j < names.size(); j++) {
        afterAsOf(names.get(j).getPeriod(), true, "/states/" + i + "/formerNames/" + j + "/period");
      }
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      int ii = i;
      o.getFounded().ifPresent(d -> afterAsOf(d, "/organizations/" + ii + "/founded"));
      for (int j = 0; j < o.getFormerNames().size(); j++) {
        afterAsOf(o.getFormerNames().get(j).getPeriod(), true, "/organizations/" + i + "/formerNames/" + j + "/period");
      }
      figuresAfterAsOf(o.getFigures(), "/organizations/" + i);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      int ii = i;
      doc.getFrameworks().get(i).getAdopted().ifPresent(d -> afterAsOf(d, "/frameworks/" + ii + "/adopted"));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        String pointer = "/people/" + i + "/posts/" + j + "/period";
        posts.get(j).getPeriod().ifPresent(period -> afterAsOf(period, true, pointer));
      }
    }
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      String at = "/processes/" + p;
      process.getEstablished().ifPresent(d -> afterAsOf(d, at + "/established"));
      for (int i = 0; i < process.getParticipations().size(); i++) {
        Participation record = process.getParticipations().get(i);
        String here = at + "/participations/" + i;
        record.getPeriod().ifPresent(period -> afterAsOf(period, true, here + "/period"));
        record.getAsOf().ifPresent(d -> afterAsOf(d, here + "/asOf"));
      }
      for (int j = 0; j < process.getChairs().size(); j++) {
        Chairmanship chair = process.getChairs().get(j);
        ChairStatus status = chair.getStatus().orElse(null);
        // An incoming term starts after the record; a current one may end after it.
        if (status != ChairStatus.INCOMING) {
          afterAsOf(chair.getPeriod(), status != ChairStatus.CURRENT, at + "/chairs/" + j + "/period");
        }
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        afterAsOf(process.getMeetings().get(m).getPeriod(), true, at + "/meetings/" + m + "/period");
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        afterAsOf(process.getDeclarations().get(d).getAdopted(), at + "/declarations/" + d + "/adopted");
      }
      figuresAfterAsOf(process.getFigures(), at);
      for (int i = 0; i < process.getStatements().size(); i++) {
        int ii = i;
        process.getStatements().get(i).getDate().ifPresent(d -> afterAsOf(d, at + "/statements/" + ii + "/date"));
      }
    }
  }

  private void figuresAfterAsOf(List<MigrationFigure> figures, String owner) {
    for (int f = 0; f < figures.size(); f++) {
      int ff = f;
      figures.get(f).getReferenceDate().ifPresent(d -> afterAsOf(d, owner + "/figures/" + ff + "/referenceDate"));
    }
  }

  // ---- role.organization-member -------------------------------------------------------------------

  private void organizationMembers(ConsultativeProcess process, String at) {
    if (process.getMembershipRule().isOrganizationsAdmitted()) {
      return;
    }
    for (int i = 0; i < process.getParticipations().size(); i++) {
      Participation record = process.getParticipations().get(i);
      if (record.getRole() == Role.MEMBER && record.getParticipant().getOrganization().isPresent()) {
        add(ROLE_ORGANIZATION_MEMBER, Severity.ERROR, at + "/participations/" + i + "/participant");
      }
    }
  }

  // ---- chair.term-length --------------------------------------------------------------------------

  /**
   * A term surely longer than the declared months + 1, or surely shorter than the declared months - 1:
   * in every reading (the latest start with the earliest end is the shortest, the earliest start with
   * the latest end the longest). A term of n days from day s is longer than k months when
   * {@code s + n > s.plusMonths(k)}. An open end has lasted at least until the as-of date (not
   * for an incoming term); an unknown start or end, or a reversed period, has no length.
   */
  private void termLengths(ConsultativeProcess process, String at) {
    Optional<Integer> declared = process.getChairingRule().getTermMonths();
    if (declared.isEmpty()) {
      return;
    }
    int months = declared.get();
    for (int j = 0; j < process.getChairs().size(); j++) {
      Chairmanship chair = process.getChairs().get(j);
      Period period = chair.getPeriod();
      if (period.getStartKind() != Period.BoundKind.KNOWN || period.isReversed() == Answer.YES) {
        continue;
      }
      Span span = Span.of(period);
      LocalDate latestStart = LocalDate.ofEpochDay(SpanDays.latestStart(span));
      LocalDate earliestStart = LocalDate.ofEpochDay(SpanDays.earliestStart(span));
      LocalDate shortestEnd;
      if (period.getEndKind() == Period.BoundKind.KNOWN) {
        shortestEnd = LocalDate.ofEpochDay(SpanDays.earliestEnd(span));
      } else if (period.getEndKind() == Period.BoundKind.OPEN && doc.getAsOf().isPresent()
          && chair.getStatus().orElse(ChairStatus.CURRENT) != ChairStatus.INCOMING) {
        shortestEnd = doc.getAsOf().get().earliestDay();
      } else {
        continue;
      }
      boolean longer = shortestEnd.plusDays(1).isAfter(latestStart.plusMonths(months + 1L));
      boolean shorter = period.getEndKind() == Period.BoundKind.KNOWN
          && LocalDate.ofEpochDay(SpanDays.latestEnd(span)).plusDays(1).isBefore(earliestStart.plusMonths(months - 1L));
      if (longer || shorter) {
        add(CHAIR_TERM_LENGTH, Severity.WARNING, at + "/chairs/" + j + "/period");
      }
    }
  }

  // ---- chair terms told again by other sources ----------------------------------------------------

  private static boolean disjoint(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
  }

  /** The order of "in start order": earliest possible start, then latest possible start, then position. */
  private static Comparator<Integer> byStart(List<Span> spans) {
    return Comparator.comparingLong((Integer i) -> SpanDays.earliestStart(spans.get(i)))
        .thenComparingLong(i -> SpanDays.latestStart(spans.get(i))).thenComparingInt(i -> i);
  }

  /**
   * The chair terms that restate an earlier one (in start order) that is not itself a restatement:
   * the same set of chairs, periods that overlap or may, {@link Facts#sameFact}, disjoint non-empty
   * sources. Such a term is one fact told twice.
   */
  private static boolean[] restated(List<Chairmanship> chairs, List<Integer> order) {
    boolean[] restated = new boolean[chairs.size()];
    for (int y = 0; y < order.size(); y++) {
      for (int x = 0; x < y; x++) {
        if (!restated[order.get(x)] && restates(chairs.get(order.get(x)), chairs.get(order.get(y)))) {
          restated[order.get(y)] = true;
        }
      }
    }
    return restated;
  }

  private static boolean restates(Chairmanship earlier, Chairmanship later) {
    return Set.copyOf(earlier.getChairs()).equals(Set.copyOf(later.getChairs()))
        && earlier.getPeriod().overlaps(later.getPeriod()) != Answer.NO && Facts.sameFact(earlier, later)
        && disjoint(earlier.getSources(), later.getSources());
  }

  private static List<Integer> chairOrder(List<Chairmanship> chairs) {
    List<Span> spans = chairs.stream().map(c -> Span.of(c.getPeriod())).toList();
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < chairs.size(); j++) {
      order.add(j);
    }
    order.sort(byStart(spans));
    return order;
  }

  // ---- chair.not-host -----------------------------------------------------------------------------

  /**
   * Under the annual host's presidency, a ministerial conference held within the units the term's
   * dates name (its possible days lie between the term's earliest start and latest end) whose host
   * is not among the term's chairs: once per term (a term told again by another source is the same
   * term, not checked twice).
   */
  private void notHost(ConsultativeProcess process, String at) {
    if (process.getChairingRule().getSelection().orElse(null) != ChairSelection.ANNUAL_HOST) {
      return;
    }
    List<Chairmanship> chairs = process.getChairs();
    boolean[] restated = restated(chairs, chairOrder(chairs));
    for (int j = 0; j < chairs.size(); j++) {
      if (restated[j]) {
        continue;
      }
      Span term = Span.of(chairs.get(j).getPeriod());
      for (Meeting meeting : process.getMeetings()) {
        Span held = Span.of(meeting.getPeriod());
        if (meeting.getLevel() == MeetingLevel.MINISTERIAL_CONFERENCE && meeting.getHost().isPresent()
            && held.isSatisfiable() && SpanDays.earliestStart(held) >= SpanDays.earliestStart(term)
            && SpanDays.latestEnd(held) <= SpanDays.latestEnd(term)
            && !chairs.get(j).getChairs().contains(Participant.state(meeting.getHost().get()))) {
          add(CHAIR_NOT_HOST, Severity.WARNING, at + "/chairs/" + j);
          break;
        }
      }
    }
  }

  // ---- meeting.ordinal-order ----------------------------------------------------------------------

  /**
   * Within one level: a meeting repeating an earlier meeting's ordinal is an ERROR (and nothing
   * else); otherwise the strongest answer over every meeting of a lower ordinal to "this meeting
   * precedes it" (a reversed period precedes nothing; two meetings of the very same period cannot
   * be ordered).
   */
  private void ordinalOrder(ConsultativeProcess process, String at) {
    List<Meeting> meetings = process.getMeetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      if (meeting.getOrdinal().isEmpty()) {
        continue;
      }
      int ordinal = meeting.getOrdinal().get();
      boolean repeats = false;
      Answer precedes = Answer.NO;
      for (int o = 0; o < meetings.size(); o++) {
        Meeting other = meetings.get(o);
        if (o == m || other.getLevel() != meeting.getLevel() || other.getOrdinal().isEmpty()) {
          continue;
        }
        if (other.getOrdinal().get() == ordinal) {
          repeats |= o < m;
        } else if (other.getOrdinal().get() < ordinal && Span.of(other.getPeriod()).isSatisfiable()
            && !other.getPeriod().equals(meeting.getPeriod())) {
          precedes = precedes.or(meeting.getPeriod().isBefore(other.getPeriod()));
        }
      }
      if (repeats) {
        add(MEETING_ORDINAL_ORDER, Severity.ERROR, at + "/meetings/" + m + "/ordinal");
      } else {
        add(MEETING_ORDINAL_ORDER, Severity.ERROR, precedes, at + "/meetings/" + m + "/ordinal");
      }
    }
  }

  // ---- declaration.outside-meeting, declaration.anachronism --------------------------------------

  private void declarations(ConsultativeProcess process, String at) {
    for (int d = 0; d < process.getDeclarations().size(); d++) {
      Declaration declaration = process.getDeclarations().get(d);
      String here = at + "/declarations/" + d;
      PartialDate adopted = declaration.getAdopted();
      Optional<Meeting> meeting = declaration.getMeeting()
          .flatMap(id -> process.getMeetings().stream().filter(m -> m.getId().equals(id)).findFirst());
      if (meeting.isPresent()) {
        Period held = meeting.get().getPeriod();
        Answer outside = held.contains(adopted).not();
        // Possible only because days were never recorded: the adoption date lies in the unit of the
        // meeting's recorded start or end, or that start or end lies in the unit of the adoption date.
        boolean unrecordedDays = held.getStart().map(s -> s.encloses(adopted) || adopted.encloses(s)).orElse(false)
            || held.getEnd().map(e -> e.encloses(adopted) || adopted.encloses(e)).orElse(false);
        if (outside == Answer.MAYBE && unrecordedDays) {
          add(DECLARATION_OUTSIDE_MEETING, Severity.INFO, here + "/adopted");
        } else {
          add(DECLARATION_OUTSIDE_MEETING, Severity.ERROR, outside, here + "/adopted");
        }
      }
      for (int k = 0; k < declaration.getFrameworks().size(); k++) {
        String id = declaration.getFrameworks().get(k);
        Optional<PartialDate> frameworkAdopted = doc.getFrameworks().stream().filter(f -> f.getId().equals(id))
            .findFirst().flatMap(Framework::getAdopted);
        if (frameworkAdopted.isPresent()) {
          add(DECLARATION_ANACHRONISM, Severity.ERROR, before(adopted, frameworkAdopted.get()),
              here + "/frameworks/" + k);
        }
      }
    }
  }

  // ---- figure.negative, figure.unsourced, figure.scope-inconsistent -------------------------------

  private void figures(List<MigrationFigure> figures, String owner) {
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      String here = owner + "/figures/" + f;
      if (figure.getValue().signum() < 0) {
        add(FIGURE_NEGATIVE, Severity.ERROR, here + "/value");
      }
      if (figure.getSources().isEmpty() || figure.getReferenceDate().isEmpty()) {
        add(FIGURE_UNSOURCED, Severity.INFO, here);
      }
    }
    // For each metric and reference date (or none), each narrower scope against each wider one: the
    // largest narrow figure (the first of equal ones) above the smallest wide one.
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure narrow = figures.get(f);
      if (!isLargestOfItsScope(figures, f)) {
        continue;
      }
      Set<org.rcpmodel.FigureScope> widerReported = new java.util.HashSet<>();
      for (MigrationFigure wide : figures) {
        if (sameMetricAndDate(narrow, wide) && narrow.getScope().isNarrowerThan(wide.getScope())
            && narrow.getValue().compareTo(wide.getValue()) > 0 && widerReported.add(wide.getScope())) {
          // Without reference dates the two may not describe the same date: only possibly wrong.
          add(FIGURE_SCOPE_INCONSISTENT, narrow.getReferenceDate().isPresent() ? Severity.WARNING : Severity.INFO,
              owner + "/figures/" + f + "/value");
        }
      }
    }
  }

  private static boolean sameMetricAndDate(MigrationFigure a, MigrationFigure b) {
    return a.getMetric().equals(b.getMetric()) && a.getReferenceDate().map(PartialDate::toString)
        .equals(b.getReferenceDate().map(PartialDate::toString));
  }

  private static boolean isLargestOfItsScope(List<MigrationFigure> figures, int f) {
    MigrationFigure figure = figures.get(f);
    for (int g = 0; g < figures.size(); g++) {
      MigrationFigure other = figures.get(g);
      if (g != f && sameMetricAndDate(figure, other) && other.getScope() == figure.getScope()) {
        int c = other.getValue().compareTo(figure.getValue());
        if (c > 0 || c == 0 && g < f) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- fact.conflict: chair terms, secretariat accounts, statements, figures ----------------------

  /** The id of the first source with this id that supersedes another, or empty. */
  private Optional<String> supersededBy(String id) {
    return doc.getSources().stream().filter(s -> s.getId().equals(id) && s.getSupersedes().isPresent()).findFirst()
        .flatMap(Source::getSupersedes);
  }

  /** Whether every source of the older list is an earlier version of some source of the newer one. */
  private boolean outdatedBy(List<String> older, List<String> newer) {
    if (older.isEmpty() || newer.isEmpty()) {
      return false;
    }
    for (String old : older) {
      boolean replaced = false;
      for (String id : newer) {
        Optional<String> version = supersededBy(id);
        for (int steps = 0; version.isPresent() && steps <= doc.getSources().size() && !replaced; steps++) {
          replaced = version.get().equals(old);
          version = supersededBy(version.get());
        }
      }
      if (!replaced) {
        return false;
      }
    }
    return true;
  }

  /** Whether of two records' source lists one cites only sources that the other's supersede (format 1.1). */
  static boolean outdated(Document doc, List<String> a, List<String> b) {
    ReferenceValidator r = new ReferenceValidator(doc);
    return r.outdatedBy(a, b) || r.outdatedBy(b, a);
  }

  /** The severity of one disagreeing pair: INFO when one is outdated, else by whether they surely meet. */
  private Severity conflictSeverity(Answer meet, List<String> a, List<String> b) {
    if (outdatedBy(a, b) || outdatedBy(b, a)) {
      return Severity.INFO;
    }
    return meet == Answer.YES ? Severity.WARNING : Severity.INFO;
  }

  private static Severity stronger(Severity a, Severity b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * A chair term (in start order) that restates an earlier, unrestated term and does not agree
   * with it ({@link Facts#agree}): reported at the later term, with the strongest answer over the
   * earlier terms it restates and disagrees with.
   */
  private void chairConflicts(ConsultativeProcess process, String at) {
    List<Chairmanship> chairs = process.getChairs();
    List<Integer> order = chairOrder(chairs);
    boolean[] restated = restated(chairs, order);
    for (int y = 0; y < order.size(); y++) {
      Chairmanship later = chairs.get(order.get(y));
      Severity severity = null;
      for (int x = 0; x < y; x++) {
        Chairmanship earlier = chairs.get(order.get(x));
        if (!restated[order.get(x)] && restates(earlier, later) && !Facts.agree(earlier, later)) {
          severity = stronger(severity, conflictSeverity(earlier.getPeriod().overlaps(later.getPeriod()),
              earlier.getSources(), later.getSources()));
        }
      }
      if (severity != null) {
        add(FACT_CONFLICT, severity, at + "/chairs/" + order.get(y));
      }
    }
  }

  /**
   * Two accounts of one performer's secretariat job ({@link Facts#sameFact}) from disjoint sources
   * that do not agree: reported at the one later in start order, with the strongest answer over
   * the earlier accounts it disagrees with.
   */
  private void secretariatConflicts(ConsultativeProcess process, String at) {
    List<Secretariat> accounts = process.getSecretariats();
    List<Span> spans = accounts.stream().map(Secretariat::span).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      order.add(i);
    }
    order.sort(byStart(spans));
    for (int y = 0; y < order.size(); y++) {
      Secretariat later = accounts.get(order.get(y));
      Severity severity = null;
      for (int x = 0; x < y; x++) {
        Secretariat earlier = accounts.get(order.get(x));
        if (Facts.sameFact(earlier, later) && !Facts.agree(earlier, later)
            && disjoint(earlier.getSources(), later.getSources())) {
          severity = stronger(severity, conflictSeverity(later.span().intersects(earlier.span()),
              earlier.getSources(), later.getSources()));
        }
      }
      if (severity != null) {
        add(FACT_CONFLICT, severity, at + "/secretariats/" + order.get(y));
      }
    }
  }

  /** A property has one value: the first statement that disagrees with an earlier one, once per property. */
  private void statementConflicts(ConsultativeProcess process, String at) {
    List<Statement> statements = process.getStatements();
    for (StatedProperty property : StatedProperty.values()) {
      found:
      for (int i = 0; i < statements.size(); i++) {
        for (int e = 0; e < i; e++) {
          if (statements.get(i).getProperty() == property && statements.get(e).getProperty() == property
              && !Facts.agree(statements.get(e), statements.get(i))) {
            add(FACT_CONFLICT, Severity.WARNING, at + "/statements/" + i);
            break found;
          }
        }
      }
    }
  }

  /** One figure (owner, metric, scope, reference date) with two values: once, at the first that differs from the first. */
  private void figureConflicts(List<MigrationFigure> figures, String owner) {
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      int first = -1;
      for (int g = 0; g < f && first < 0; g++) {
        if (Facts.sameFact(figures.get(g), figure)) {
          first = g;
        }
      }
      if (first < 0 || Facts.agree(figures.get(first), figure)) {
        continue;
      }
      boolean earlierReported = false;
      for (int g = first + 1; g < f; g++) {
        earlierReported |= Facts.sameFact(figures.get(g), figure) && !Facts.agree(figures.get(first), figures.get(g));
      }
      if (!earlierReported) {
        add(FACT_CONFLICT, Severity.WARNING, owner + "/figures/" + f);
      }
    }
  }
}
