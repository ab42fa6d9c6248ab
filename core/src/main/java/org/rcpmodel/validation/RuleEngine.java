package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleCatalogue.*;

import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.regex.Pattern;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The one rule engine: checks every cross-object rule of the catalogue on a document and returns
 * the findings. Field constraints are checked by Bean Validation on the model's accessors.
 *
 * <p>One pass builds the indexes the rules share (ids by kind, participations by participant);
 * every rule then works by hash lookups and sort-and-sweep, so that the work grows near-linearly
 * with the document. Not thread-safe itself; {@link #check} makes a fresh engine per call.
 */
final class RuleEngine {

  private static final Pattern STATE_CODE_FORM = Pattern.compile("[A-Z]{3}");

  private final Document doc;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final Map<String, Integer> organizationIndex = new HashMap<>();
  private final Map<String, Framework> frameworks = new HashMap<>();

  private RuleEngine(Document doc) {
    this.doc = doc;
  }

  /**
   * Checks a document.
   *
   * @param doc the document; not null
   * @return the findings, in no particular order; never null
   */
  static List<Finding> check(Document doc) {
    RuleEngine engine = new RuleEngine(doc);
    engine.run();
    return engine.findings;
  }

  // ---- reporting ------------------------------------------------------------------------------

  private static List<Object> path(Object... segments) {
    return Arrays.asList(segments);
  }

  private static List<Object> path(List<Object> base, Object... more) {
    List<Object> p = new ArrayList<>(base.size() + more.length);
    p.addAll(base);
    p.addAll(Arrays.asList(more));
    return p;
  }

  private static String pointer(List<Object> segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      JsonPointers.appendSegment(sb, s.toString());
    }
    return sb.toString();
  }

  /** Reports a finding whose truth the dates decide: YES at the rule's severity, MAYBE one lower. */
  private void report(String code, Answer answer, List<Object> at, String... parameters) {
    if (answer == Answer.NO) {
      return;
    }
    Rule rule = RuleCatalogue.get(code);
    Severity severity = answer == Answer.YES ? rule.severity() : rule.severity().lowered();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put(parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, severity, List.copyOf(at), Collections.unmodifiableMap(params)));
  }

  private void report(String code, List<Object> at, String... parameters) {
    report(code, Answer.YES, at, parameters);
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
    for (int p = 0; p < processes.size(); p++) {
      new ProcessCheck(processes.get(p), p).run();
    }
    checkAsOf();
  }

  private void indexAndCheckIds() {
    List<Source> sources = doc.getSources();
    for (int i = 0; i < sources.size(); i++) {
      unique(sourceIndex, sources.get(i).getId(), "source", path("sources", i, "id"), "sources", i);
    }
    Map<String, Integer> states = new HashMap<>();
    for (int i = 0; i < doc.getStates().size(); i++) {
      unique(states, doc.getStates().get(i).getCode(), "state", path("states", i, "code"), "states", i);
    }
    List<Organization> organizations = doc.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      unique(organizationIndex, organizations.get(i).getId(), "organization", path("organizations", i, "id"),
          "organizations", i);
    }
    Map<String, Integer> frameworkIds = new HashMap<>();
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      Framework f = doc.getFrameworks().get(i);
      if (unique(frameworkIds, f.getId(), "framework", path("frameworks", i, "id"), "frameworks", i)) {
        frameworks.put(f.getId(), f);
      }
    }
    Map<String, Integer> processIds = new HashMap<>();
    Map<String, List<Object>> meetingIds = new HashMap<>();
    Map<String, List<Object>> declarationIds = new HashMap<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      unique(processIds, process.getId(), "process", path("processes", p, "id"), "processes", p);
      for (int m = 0; m < process.getMeetings().size(); m++) {
        uniqueAt(meetingIds, process.getMeetings().get(m).getId(), "meeting", path("processes", p, "meetings", m));
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        uniqueAt(declarationIds, process.getDeclarations().get(d).getId(), "declaration",
            path("processes", p, "declarations", d));
      }
    }
    Map<String, Integer> people = new HashMap<>();
    for (int i = 0; i < doc.getPeople().size(); i++) {
      unique(people, doc.getPeople().get(i).getId(), "person", path("people", i, "id"), "people", i);
    }
  }

  private boolean unique(Map<String, Integer> seen, String id, String kind, List<Object> at, String list, int index) {
    Integer first = seen.putIfAbsent(id, index);
    if (first != null) {
      report(ID_DUPLICATE, at, "kind", kind, "id", id, "first", pointer(path(list, first)));
      return false;
    }
    return true;
  }

  private void uniqueAt(Map<String, List<Object>> seen, String id, String kind, List<Object> entity) {
    List<Object> first = seen.putIfAbsent(id, entity);
    if (first != null) {
      report(ID_DUPLICATE, path(entity, "id"), "kind", kind, "id", id, "first", pointer(first));
    }
  }

  // ---- references -----------------------------------------------------------------------------

  private void sources(List<String> ids, List<Object> owner) {
    for (int k = 0; k < ids.size(); k++) {
      if (!sourceIndex.containsKey(ids.get(k))) {
        report(REF_UNRESOLVED, path(owner, "sources", k), "kind", "source", "id", ids.get(k));
      }
    }
  }

  private void organization(String id, List<Object> at) {
    if (!organizationIndex.containsKey(id)) {
      report(REF_UNRESOLVED, at, "kind", "organization", "id", id);
    }
  }

  private void frameworkRefs(List<String> ids, List<Object> owner) {
    for (int k = 0; k < ids.size(); k++) {
      if (!frameworks.containsKey(ids.get(k))) {
        report(REF_UNRESOLVED, path(owner, "frameworks", k), "kind", "framework", "id", ids.get(k));
      }
    }
  }

  private void stateCode(String code, List<Object> at) {
    // A code of the wrong form is a field.invalid from the field constraints; report it only once.
    if (STATE_CODE_FORM.matcher(code).matches() && !StateCodes.isAssigned(code)) {
      report(STATE_UNKNOWN_CODE, at, "code", code);
    }
  }

  private void participant(Participant participant, List<Object> at) {
    if (participant.getState().isPresent()) {
      stateCode(participant.getState().get(), path(at, "state"));
    } else {
      organization(participant.id(), path(at, "organization"));
    }
  }

  private void period(Period period, List<Object> at) {
    if (period.isReversed() == Answer.YES) {
      report(PERIOD_REVERSED, at, "period", period.toString());
    }
  }

  private void formerNames(List<FormerName> names, List<Object> owner) {
    for (int j = 0; j < names.size(); j++) {
      period(names.get(j).getPeriod(), path(owner, "formerNames", j, "period"));
    }
  }

  // ---- document-level entities ----------------------------------------------------------------

  private void checkOrganizations() {
    List<Organization> organizations = doc.getOrganizations();
    int n = organizations.size();
    for (int i = 0; i < n; i++) {
      Organization o = organizations.get(i);
      int index = i;
      o.getParent().ifPresent(parent -> organization(parent, path("organizations", index, "parent")));
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
        for (int k = from; k < length; k++) {
          lowest = Math.min(lowest, chain[k]);
          loop.append(organizations.get(chain[k]).getId()).append(" → ");
        }
        loop.append(organizations.get(current).getId());
        report(REF_CYCLE, path("organizations", lowest, "parent"), "id", organizations.get(lowest).getId(),
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
      stateCode(s.getCode(), path("states", i, "code"));
      formerNames(s.getFormerNames(), path("states", i));
      sources(s.getSources(), path("states", i));
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      formerNames(o.getFormerNames(), path("organizations", i));
      sources(o.getSources(), path("organizations", i));
      figures(o.getFigures(), path("organizations", i));
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      sources(doc.getFrameworks().get(i).getSources(), path("frameworks", i));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      sources(person.getSources(), path("people", i));
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        List<Object> at = path("people", i, "posts", j);
        post.getOrganization().ifPresent(id -> organization(id, path(at, "organization")));
        post.getState().ifPresent(code -> stateCode(code, path(at, "state")));
        post.getPeriod().ifPresent(period -> period(period, path(at, "period")));
        sources(post.getSources(), at);
      }
    }
  }

  // ---- figures --------------------------------------------------------------------------------

  private void figures(List<MigrationFigure> figures, List<Object> owner) {
    Map<String, Integer> firstOfFact = new HashMap<>();
    Set<String> conflictReported = new HashSet<>();
    Map<String, Map<FigureScope, int[]>> byMetricAndDate = new HashMap<>();
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      List<Object> at = path(owner, "figures", f);
      sources(figure.getSources(), at);
      if (figure.getValue().signum() < 0) {
        report(FIGURE_NEGATIVE, path(at, "value"), "value", figure.getValue().toPlainString());
      }
      if (figure.getSources().isEmpty() || figure.getReferenceDate().isEmpty()) {
        report(FIGURE_UNSOURCED, at, "metric", figure.getMetric(),
            "missing", figure.getSources().isEmpty() && figure.getReferenceDate().isEmpty() ? "source, reference date"
                : figure.getSources().isEmpty() ? "source" : "reference date");
      }
      String date = figure.getReferenceDate().map(PartialDate::toString).orElse("");
      if (!date.isEmpty()) {
        String fact = figure.getMetric() + '\u0000' + figure.getScope() + '\u0000' + date;
        Integer first = firstOfFact.putIfAbsent(fact, f);
        if (first != null && figures.get(first).getValue().compareTo(figure.getValue()) != 0
            && conflictReported.add(fact)) {
          report(FACT_CONFLICT, at, "fact", figure.getMetric() + " (" + figure.getScope() + ", " + date + ")",
              "value", figure.getValue().toPlainString(), "other", figures.get(first).getValue().toPlainString(),
              "first", pointer(path(owner, "figures", first)));
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
            report(FIGURE_SCOPE_INCONSISTENT, sameDate, path(owner, "figures", narrow.getValue()[1], "value"),
                "metric", largest.getMetric(), "scope", narrow.getKey().toString(),
                "value", largest.getValue().toPlainString(), "wideScope", wide.getKey().toString(),
                "wideValue", smallest.getValue().toPlainString(),
                "other", pointer(path(owner, "figures", wide.getValue()[0])));
          }
        }
      }
    }
  }

  // ---- as-of ----------------------------------------------------------------------------------

  private void checkAsOf() {
    if (doc.getAsOf().isEmpty()) {
      return;
    }
    PartialDate asOf = doc.getAsOf().get();
    for (int i = 0; i < doc.getSources().size(); i++) {
      int index = i;
      doc.getSources().get(i).getPublished().ifPresent(d -> afterAsOf(d, asOf, path("sources", index, "published")));
    }
    for (int i = 0; i < doc.getStates().size(); i++) {
      formerNamesAfterAsOf(doc.getStates().get(i).getFormerNames(), asOf, path("states", i));
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      int index = i;
      o.getFounded().ifPresent(d -> afterAsOf(d, asOf, path("organizations", index, "founded")));
      formerNamesAfterAsOf(o.getFormerNames(), asOf, path("organizations", i));
      figuresAfterAsOf(o.getFigures(), asOf, path("organizations", i));
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      int index = i;
      doc.getFrameworks().get(i).getAdopted().ifPresent(d -> afterAsOf(d, asOf, path("frameworks", index, "adopted")));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        int pi = i;
        int pj = j;
        posts.get(j).getPeriod().ifPresent(p -> periodAfterAsOf(p, asOf, path("people", pi, "posts", pj, "period"), true));
      }
    }
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      int pi = p;
      process.getEstablished().ifPresent(d -> afterAsOf(d, asOf, path("processes", pi, "established")));
      for (int i = 0; i < process.getParticipations().size(); i++) {
        Participation participation = process.getParticipations().get(i);
        int index = i;
        participation.getPeriod().ifPresent(
            period -> periodAfterAsOf(period, asOf, path("processes", pi, "participations", index, "period"), true));
        participation.getAsOf().ifPresent(
            d -> afterAsOf(d, asOf, path("processes", pi, "participations", index, "asOf")));
      }
      for (int i = 0; i < process.getChairs().size(); i++) {
        Chairmanship chair = process.getChairs().get(i);
        ChairStatus status = chair.getStatus().orElse(null);
        // An incoming term starts after the record; a current or incoming term may end after it.
        if (status != ChairStatus.INCOMING) {
          periodAfterAsOf(chair.getPeriod(), asOf, path("processes", p, "chairs", i, "period"),
              status != ChairStatus.CURRENT);
        }
      }
      for (int i = 0; i < process.getMeetings().size(); i++) {
        periodAfterAsOf(process.getMeetings().get(i).getPeriod(), asOf, path("processes", p, "meetings", i, "period"),
            true);
      }
      for (int i = 0; i < process.getDeclarations().size(); i++) {
        afterAsOf(process.getDeclarations().get(i).getAdopted(), asOf, path("processes", p, "declarations", i, "adopted"));
      }
      figuresAfterAsOf(process.getFigures(), asOf, path("processes", p));
    }
  }

  private void formerNamesAfterAsOf(List<FormerName> names, PartialDate asOf, List<Object> owner) {
    for (int j = 0; j < names.size(); j++) {
      periodAfterAsOf(names.get(j).getPeriod(), asOf, path(owner, "formerNames", j, "period"), true);
    }
  }

  private void figuresAfterAsOf(List<MigrationFigure> figures, PartialDate asOf, List<Object> owner) {
    for (int f = 0; f < figures.size(); f++) {
      int index = f;
      figures.get(f).getReferenceDate().ifPresent(d -> afterAsOf(d, asOf, path(owner, "figures", index, "referenceDate")));
    }
  }

  private void periodAfterAsOf(Period period, PartialDate asOf, List<Object> at, boolean checkEnd) {
    PartialDate latest = null;
    if (checkEnd && period.getEnd().isPresent()) {
      latest = period.getEnd().get();
    } else if (period.getStart().isPresent()) {
      latest = period.getStart().get();
    }
    if (latest != null) {
      afterAsOf(latest, asOf, at);
    }
  }

  private void afterAsOf(PartialDate date, PartialDate asOf, List<Object> at) {
    Answer after = Bounds.after(date, asOf);
    if (after != Answer.NO) {
      report(DATE_AFTER_ASOF, after, at, "date", date.toString(), "asOf", asOf.toString());
    }
  }

  // ---- one process ----------------------------------------------------------------------------

  /** The checks of one process, sharing its indexes. */
  private final class ProcessCheck {
    private final ConsultativeProcess process;
    private final List<Object> base;
    private final PartialDate established;
    private final List<Participation> participations;
    private final Bounds[] participationBounds;
    private final Map<Participant, List<Integer>> byParticipant = new HashMap<>();
    private final Map<String, Integer> meetingIndex = new HashMap<>();

    ProcessCheck(ConsultativeProcess process, int index) {
      this.process = process;
      this.base = path("processes", index);
      this.established = process.getEstablished().orElse(null);
      this.participations = process.getParticipations();
      this.participationBounds = new Bounds[participations.size()];
      for (int i = 0; i < participations.size(); i++) {
        Participation p = participations.get(i);
        participationBounds[i] = Bounds.of(p.getPeriod().orElseGet(Period::unknown), p.getAsOf().orElse(null));
        byParticipant.computeIfAbsent(p.getParticipant(), k -> new ArrayList<>(2)).add(i);
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        meetingIndex.putIfAbsent(process.getMeetings().get(m).getId(), m);
      }
    }

    void run() {
      sources(process.getSources(), base);
      frameworkRefs(process.getFrameworks(), base);
      for (int c = 0; c < process.getClassifications().size(); c++) {
        sources(process.getClassifications().get(c).getSources(), path(base, "classifications", c));
      }
      checkParticipations();
      checkChairs();
      checkMeetings();
      checkDeclarations();
      figures(process.getFigures(), base);
    }

    private List<Object> at(Object... more) {
      return path(base, more);
    }

    private Answer startsBeforeEstablishment(Period period, Bounds bounds) {
      if (established == null) {
        return Answer.NO;
      }
      return switch (period.getStartKind()) {
        case KNOWN -> Bounds.before(period.getStart().get(), established);
        case OPEN -> Answer.YES;
        // An unknown start claims nothing, unless the record surely ends (or held) before.
        default -> Answer.of(bounds.startHigh < Bounds.first(established));
      };
    }

    // ---- participations ----

    private void checkParticipations() {
      boolean hasMember = false;
      boolean organizationsAdmitted = process.getMembershipRule().isOrganizationsAdmitted();
      for (int i = 0; i < participations.size(); i++) {
        Participation p = participations.get(i);
        List<Object> at = at("participations", i);
        participant(p.getParticipant(), path(at, "participant"));
        sources(p.getSources(), at);
        Period period = p.getPeriod().orElseGet(Period::unknown);
        p.getPeriod().ifPresent(pd -> period(pd, path(at, "period")));
        if (p.getRole() == Role.MEMBER) {
          hasMember = true;
          if (!organizationsAdmitted && p.getParticipant().getOrganization().isPresent()) {
            report(ROLE_ORGANIZATION_MEMBER, path(at, "participant"), "organization", p.getParticipant().id());
          }
        }
        Answer early = startsBeforeEstablishment(period, participationBounds[i]);
        if (early != Answer.NO) {
          report(DATE_BEFORE_ESTABLISHMENT, early, path(at, p.getPeriod().isPresent() ? "period" : "asOf"),
              "start", period.toString(), "established", String.valueOf(established), "how", text(early));
        }
      }
      if (!hasMember) {
        report(PROCESS_NO_MEMBERS, at("participations"), "process", process.getId());
      }
      for (List<Integer> records : byParticipant.values()) {
        if (records.size() > 1) {
          sweepParticipant(records);
        }
      }
    }

    /** Compares the records of one participant that may overlap, by sort and sweep. */
    private void sweepParticipant(List<Integer> records) {
      List<Integer> sorted = new ArrayList<>(records);
      sorted.sort(Comparator.comparingLong((Integer i) -> participationBounds[i].startLow).thenComparingInt(i -> i));
      List<Integer> active = new ArrayList<>();
      for (int current : sorted) {
        Bounds b = participationBounds[current];
        active.removeIf(a -> participationBounds[a].endHigh < b.startLow);
        Participation later = participations.get(current);
        Span laterSpan = later.span();
        boolean conflict = false;
        boolean duplicate = false;
        boolean fact = false;
        for (int other : active) {
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
                  "first", pointer(at("participations", first)));
            }
          } else if (sameRole) {
            if (!duplicate) {
              duplicate = true;
              report(ROLE_DUPLICATE, overlap, at("participations", reportAt),
                  "participant", later.getParticipant().id(), "role", later.getRole().toString(),
                  "first", pointer(at("participations", first)), "how", text(overlap));
            }
          } else if (!conflict) {
            conflict = true;
            report(ROLE_CONFLICT, overlap, at("participations", reportAt),
                "participant", later.getParticipant().id(), "role", participations.get(reportAt).getRole().toString(),
                "otherRole", participations.get(first).getRole().toString(),
                "first", pointer(at("participations", first)), "how", text(overlap));
          }
        }
        active.add(current);
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
        List<Object> at = at("chairs", j);
        bounds[j] = Bounds.of(chair.getPeriod());
        period(chair.getPeriod(), path(at, "period"));
        sources(chair.getSources(), at);
        for (int k = 0; k < chair.getChairs().size(); k++) {
          participant(chair.getChairs().get(k), path(at, "chairs", k));
          chairIsMember(chair, chair.getChairs().get(k), bounds[j], path(at, "chairs", k));
        }
        chair.getCoChair().ifPresent(co -> participant(co, path(at, "coChair")));
        Answer early = startsBeforeEstablishment(chair.getPeriod(), bounds[j]);
        if (early != Answer.NO) {
          report(DATE_BEFORE_ESTABLISHMENT, early, path(at, "period"), "start", chair.getPeriod().toString(),
              "established", String.valueOf(established), "how", text(early));
        }
        termLength(chair, bounds[j], path(at, "period"));
        byChairs.computeIfAbsent(Set.copyOf(chair.getChairs()), k -> new ArrayList<>(2)).add(j);
      }
      // The same term stated by different sources with different dates: one fact.conflict.
      for (List<Integer> terms : byChairs.values()) {
        for (int x = 1; x < terms.size(); x++) {
          int j = terms.get(x);
          for (int y = 0; y < x; y++) {
            int i = terms.get(y);
            if (sameFactAsEarlier[i]) {
              continue;
            }
            Answer overlap = chairs.get(i).getPeriod().overlaps(chairs.get(j).getPeriod());
            if (overlap != Answer.NO && disjointSources(chairs.get(i).getSources(), chairs.get(j).getSources())) {
              sameFactAsEarlier[j] = true;
              if (!chairs.get(i).getPeriod().equals(chairs.get(j).getPeriod())) {
                report(FACT_CONFLICT, overlap, at("chairs", j),
                    "fact", "chair term of " + chairNames(chairs.get(j)),
                    "value", chairs.get(j).getPeriod().toString(), "other", chairs.get(i).getPeriod().toString(),
                    "first", pointer(at("chairs", i)));
              }
              break;
            }
          }
        }
      }
      List<Integer> terms = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (!sameFactAsEarlier[j]) {
          terms.add(j);
        }
      }
      terms.sort(Comparator.comparingLong((Integer j) -> bounds[j].startLow)
          .thenComparingLong(j -> bounds[j].startHigh).thenComparingInt(j -> j));
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

    private void overlaps(List<Integer> terms, Bounds[] bounds) {
      List<Chairmanship> chairs = process.getChairs();
      int max = process.getChairingRule().getMaxConcurrentChairs();
      List<Integer> active = new ArrayList<>();
      for (int j : terms) {
        Chairmanship term = chairs.get(j);
        Bounds b = bounds[j];
        active.removeIf(a -> bounds[a].endHigh < b.startLow);
        int weight = term.getChairs().size();
        List<Integer> surely = new ArrayList<>();
        int surelyWeight = weight;
        int possiblyWeight = weight;
        Integer firstOther = null;
        for (int a : active) {
          Answer overlap = chairs.get(a).getPeriod().overlaps(term.getPeriod());
          if (overlap == Answer.NO) {
            continue;
          }
          if (firstOther == null) {
            firstOther = a;
          }
          possiblyWeight += chairs.get(a).getChairs().size();
          if (overlap == Answer.YES) {
            surely.add(a);
          }
        }
        // Surely too many: a set of terms that pairwise surely overlap run at one moment (intervals
        // have the Helly property), so grow such a set greedily around this term.
        List<Integer> together = new ArrayList<>();
        for (int a : surely) {
          boolean withAll = true;
          for (int t : together) {
            if (chairs.get(t).getPeriod().overlaps(chairs.get(a).getPeriod()) != Answer.YES) {
              withAll = false;
              break;
            }
          }
          if (withAll) {
            together.add(a);
            surelyWeight += chairs.get(a).getChairs().size();
          }
        }
        Answer tooMany = surelyWeight > max ? Answer.YES : possiblyWeight > max ? Answer.MAYBE : Answer.NO;
        if (tooMany != Answer.NO) {
          int other = !together.isEmpty() ? together.get(0) : firstOther != null ? firstOther : j;
          report(CHAIR_OVERLAP, tooMany, at("chairs", j), "period", term.getPeriod().toString(),
              "other", pointer(at("chairs", other)), "max", Integer.toString(max), "how", text(tooMany));
        }
        active.add(j);
      }
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
                "previous", previous.toString(), "first", pointer(at("chairs", latest)), "how", text(gap));
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
          && Bounds.first(next.getStart().get()) == Bounds.last(previous.getEnd().get()) + 1;
    }

    private void termLength(Chairmanship chair, Bounds b, List<Object> at) {
      Optional<Integer> months = process.getChairingRule().getTermMonths();
      if (months.isEmpty() || chair.getPeriod().getStartKind() != Period.BoundKind.KNOWN) {
        return;
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
          shortestEnd = Bounds.first(doc.getAsOf().get());
        }
        default -> {
          return;
        }
      }
      // Tolerance: a term may be a month shorter or longer than declared.
      boolean surelyLonger = Bounds.day(shortestEnd).plusDays(1).isAfter(Bounds.day(b.startHigh).plusMonths(m + 1L));
      boolean surelyShorter = chair.getPeriod().getEndKind() == Period.BoundKind.KNOWN
          && Bounds.day(b.endHigh).plusDays(1).isBefore(Bounds.day(b.startLow).plusMonths(m - 1L));
      if (surelyLonger || surelyShorter) {
        report(CHAIR_TERM_LENGTH, at, "period", chair.getPeriod().toString(), "months", Integer.toString(m),
            "how", surelyLonger ? "longer" : "shorter");
      }
    }

    private void chairIsMember(Chairmanship chair, Participant chairing, Bounds term, List<Object> at) {
      List<Integer> records = byParticipant.getOrDefault(chairing, List.of());
      List<Integer> members = new ArrayList<>(records.size());
      for (int i : records) {
        if (participations.get(i).getRole() == Role.MEMBER) {
          members.add(i);
        }
      }
      Answer covered = Answer.NO;
      for (int i : members) {
        covered = covered.or(term.within(participationBounds[i]));
      }
      if (covered != Answer.YES && members.size() > 1) {
        // Consecutive records that surely meet or overlap cover their union.
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
          covered = covered.or(term.within(chain));
        }
      }
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
        List<Object> at = at("meetings", m);
        sources(meeting.getSources(), at);
        period(meeting.getPeriod(), path(at, "period"));
        meeting.getHost().ifPresent(host -> {
          stateCode(host, path(at, "host"));
          hostTakesPart(meeting, host, path(at, "host"));
        });
        if (meeting.getOrdinal().isPresent()) {
          byLevel.computeIfAbsent(meeting.getLevel(), k -> new ArrayList<>()).add(m);
        }
      }
      for (List<Integer> level : byLevel.values()) {
        level.sort(Comparator.comparingInt((Integer m) -> meetings.get(m).getOrdinal().get()).thenComparingInt(m -> m));
        for (int x = 1; x < level.size(); x++) {
          Meeting previous = meetings.get(level.get(x - 1));
          Meeting meeting = meetings.get(level.get(x));
          List<Object> at = at("meetings", level.get(x), "ordinal");
          String first = pointer(at("meetings", level.get(x - 1)));
          if (previous.getOrdinal().equals(meeting.getOrdinal())) {
            report(MEETING_ORDINAL_ORDER, at, "ordinal", meeting.getOrdinal().get().toString(), "first", first,
                "why", "repeats");
          } else if (!previous.getPeriod().equals(meeting.getPeriod())) {
            // Two meetings of the same unit cannot be ordered by their dates: no evidence either way.
            Answer earlier = meeting.getPeriod().isBefore(previous.getPeriod());
            if (earlier != Answer.NO) {
              report(MEETING_ORDINAL_ORDER, earlier, at, "ordinal", meeting.getOrdinal().get().toString(),
                  "first", first, "why", text(earlier) + " precedes");
            }
          }
        }
      }
    }

    private boolean exempt(PartialDate date) {
      // Records that are or may be from before the process existed (the founding meeting's
      // declaration, the 2011 Almaty Declaration) are exempt.
      return established != null && Bounds.before(date, established) != Answer.NO;
    }

    private Answer takesPart(Participant participant, PartialDate date) {
      Answer answer = Answer.NO;
      for (int i : byParticipant.getOrDefault(participant, List.of())) {
        answer = answer.or(participationBounds[i].contains(date));
        if (answer == Answer.YES) {
          break;
        }
      }
      return answer;
    }

    private void hostTakesPart(Meeting meeting, String host, List<Object> at) {
      Optional<PartialDate> date = meeting.getPeriod().getStart();
      if (date.isEmpty() || exempt(date.get())) {
        return;
      }
      Answer absent = takesPart(Participant.state(host), date.get()).not();
      if (absent != Answer.NO) {
        report(MEETING_HOST_NOT_PARTICIPANT, absent, at, "host", host, "date", date.get().toString(),
            "how", text(absent));
      }
    }

    // ---- declarations ----

    private void checkDeclarations() {
      List<Declaration> declarations = process.getDeclarations();
      for (int d = 0; d < declarations.size(); d++) {
        Declaration declaration = declarations.get(d);
        List<Object> at = at("declarations", d);
        PartialDate adopted = declaration.getAdopted();
        sources(declaration.getSources(), at);
        frameworkRefs(declaration.getFrameworks(), at);
        if (declaration.getMeeting().isPresent()) {
          Integer m = meetingIndex.get(declaration.getMeeting().get());
          if (m == null) {
            report(REF_UNRESOLVED, path(at, "meeting"), "kind", "meeting", "id", declaration.getMeeting().get());
          } else {
            Period meeting = process.getMeetings().get(m).getPeriod();
            Answer outside = Bounds.of(meeting).contains(adopted).not();
            if (outside != Answer.NO) {
              report(DECLARATION_OUTSIDE_MEETING, outside, path(at, "adopted"), "adopted", adopted.toString(),
                  "meeting", declaration.getMeeting().get(), "period", meeting.toString(), "how", text(outside));
            }
          }
        }
        boolean exempt = exempt(adopted);
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Participant adopter = declaration.getAdopters().get(k);
          participant(adopter, path(at, "adopters", k));
          if (!exempt) {
            Answer absent = takesPart(adopter, adopted).not();
            if (absent != Answer.NO) {
              report(DECLARATION_ADOPTER_NOT_PARTICIPANT, absent, path(at, "adopters", k),
                  "participant", adopter.id(), "adopted", adopted.toString(), "how", text(absent));
            }
          }
        }
        for (int k = 0; k < declaration.getFrameworks().size(); k++) {
          Framework framework = frameworks.get(declaration.getFrameworks().get(k));
          if (framework != null && framework.getAdopted().isPresent()) {
            PartialDate frameworkAdopted = framework.getAdopted().get();
            Answer later = Bounds.before(adopted, frameworkAdopted);
            if (later != Answer.NO) {
              report(DECLARATION_ANACHRONISM, later, path(at, "frameworks", k), "framework", framework.getId(),
                  "frameworkAdopted", frameworkAdopted.toString(), "adopted", adopted.toString(), "how", text(later));
            }
          }
        }
      }
    }
  }

  private static boolean disjointSources(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
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
