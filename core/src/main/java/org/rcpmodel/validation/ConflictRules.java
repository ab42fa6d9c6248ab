package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_FACT_CONFLICT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Facts;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Secretariat;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The conflict rule, {@code fact.conflict}: two records of the same fact, from disjoint sources,
 * that disagree. The same fact is one participant in the same or two standing roles, or as
 * secretariat and support unit ({@link Facts#sameJob}), at a time that may be shared; one chair set's
 * term; one figure's metric, scope and reference date; and in format 1.1 one single-valued property
 * of a process (its {@link Statement}s, whatever their sources: a property has one value) and one
 * performer's secretariat job ({@link Secretariat} accounts from disjoint sources). "Same fact" and
 * "agree" are {@link Facts}'.
 */
final class ConflictRules {

  private final DocumentIndex index;
  private final Findings findings;

  ConflictRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The figures of the organizations. */
  void document() {
    List<Organization> organizations = index.doc.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      figures(organizations.get(i).getFigures(), Loc.ROOT.at("organizations", i));
    }
  }

  void process(ProcessIndex p) {
    p.candidatePairs(new Participations(p));
    List<Chairmanship> chairs = p.process.getChairs();
    Bounds[] bounds = ChairRules.bounds(chairs);
    restatedTerms(p, bounds, findings);
    figures(p.process.getFigures(), p.base);
    statements(p);
    secretariats(p);
  }

  /**
   * One {@code fact.conflict} per property whose statements cannot all be true: reported at the first
   * statement that disagrees with an earlier one. Statements that agree (1993 and 1993-05) are not
   * reported. Each statement is compared with the distinct values before it, of which there are at
   * most three (a year, a month in it, a day in that) until one disagrees.
   */
  private void statements(ProcessIndex p) {
    List<Statement> statements = p.process.getStatements();
    if (statements.size() < 2) {
      return;
    }
    java.util.EnumMap<StatedProperty, List<Integer>> distinct = new java.util.EnumMap<>(StatedProperty.class);
    java.util.EnumSet<StatedProperty> reported = java.util.EnumSet.noneOf(StatedProperty.class);
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (reported.contains(statement.getProperty())) {
        continue;
      }
      List<Integer> earlier = distinct.computeIfAbsent(statement.getProperty(), k -> new ArrayList<>(3));
      boolean known = false;
      for (int e : earlier) {
        Statement other = statements.get(e);
        if (!Facts.agree(other, statement)) {
          reported.add(statement.getProperty());
          findings.report(RULE_FACT_CONFLICT, p.at("statements", i),
              "fact", statement.getProperty().name().toLowerCase(java.util.Locale.ROOT) + " of " + p.process.getId(),
              "value", statement.value(), "other", other.value(), "first", p.at("statements", e).pointer());
          break;
        }
        known |= other.value().equals(statement.value());
      }
      if (!known) {
        earlier.add(i);
      }
    }
  }

  /**
   * Accounts of one performer's secretariat job from disjoint sources that disagree (one calls it the
   * secretariat, the other the support unit; or their times cannot agree): one {@code fact.conflict}
   * per account, at the one met later in start order, naming the other. Accounts are grouped by performer
   * and swept in start order, each compared per role with the earlier account that reaches furthest,
   * so the work is linear after the sort.
   */
  private void secretariats(ProcessIndex p) {
    List<Secretariat> accounts = p.process.getSecretariats();
    if (accounts.size() < 2) {
      return;
    }
    Map<String, List<Integer>> byPerformer = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      Secretariat s = accounts.get(i);
      Set<Participant> performers = Set.copyOf(s.getPerformers());
      String key = performers.hashCode() + " " + s.isChairingState() + " " + s.getBody() + " " + s.getHost();
      byPerformer.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
    }
    for (List<Integer> group : byPerformer.values()) {
      if (group.size() < 2) {
        continue;
      }
      // Sort and sweep, as for participations: in start order, each account is compared, per role,
      // with the earlier account of that role that reaches furthest.
      Bounds[] bounds = new Bounds[accounts.size()];
      for (int i : group) {
        bounds[i] = Bounds.of(accounts.get(i).span());
      }
      List<Integer> sorted = new ArrayList<>(group);
      sorted.sort(ChairRules.byStart(bounds));
      int[] reachByRole = new int[org.rcpmodel.Role.values().length];
      java.util.Arrays.fill(reachByRole, -1);
      for (int current : sorted) {
        Secretariat later = accounts.get(current);
        int disagreeing = -1;
        for (int earlierIndex : reachByRole) {
          if (earlierIndex < 0) {
            continue;
          }
          Secretariat earlier = accounts.get(earlierIndex);
          if (Facts.sameFact(earlier, later) && !Facts.agree(earlier, later)
              && DocumentIndex.disjointSources(earlier.getSources(), later.getSources())
              && (disagreeing < 0 || earlierIndex < disagreeing)) {
            disagreeing = earlierIndex;
          }
        }
        if (disagreeing >= 0) {
          // Reported at the account met later in start order, once per account.
          Secretariat earlier = accounts.get(disagreeing);
          conflict(p.document, findings, later.span().intersects(earlier.span()), earlier.getSources(),
              later.getSources(), p.at("secretariats", current),
              "fact", "secretariat job of " + performers(later),
              "value", when(later), "other", when(earlier),
              "first", p.at("secretariats", disagreeing).pointer());
        }
        int role = later.getRole().ordinal();
        if (reachByRole[role] < 0 || bounds[current].endHigh >= bounds[reachByRole[role]].endHigh) {
          reachByRole[role] = current;
        }
      }
    }
  }

  /** An account's role and time for a message: {@code SUPPORT_UNIT (as of 2025-04-24)}. */
  private static String when(Secretariat s) {
    StringBuilder sb = new StringBuilder(s.getRole().toString());
    s.getPeriod().ifPresent(period -> sb.append(' ').append(period));
    s.getAsOf().ifPresent(d -> sb.append(" (as of ").append(d).append(')'));
    return sb.toString();
  }

  /**
   * Reports a disagreement of two records of one fact: a WARNING (or lower, as the dates decide),
   * unless every source of one is superseded by a source of the other (format 1.1): then the older is
   * outdated, not disputed, and the finding is advice (INFO).
   */
  private static void conflict(DocumentIndex index, Findings sink, Answer answer, List<String> sourcesA,
      List<String> sourcesB, Loc at, String... parameters) {
    if (index.outdatedBy(sourcesA, sourcesB) || index.outdatedBy(sourcesB, sourcesA)) {
      sink.advise(RULE_FACT_CONFLICT, at, parameters);
    } else {
      sink.report(RULE_FACT_CONFLICT, answer, at, parameters);
    }
  }

  private static String performers(Secretariat s) {
    StringBuilder sb = new StringBuilder();
    for (Participant p : s.getPerformers()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.id());
    }
    if (s.isChairingState()) {
      sb.append(sb.length() == 0 ? "" : ", ").append("the chairing State");
    }
    s.getBody().ifPresent(b -> sb.append(sb.length() == 0 ? "" : ", ").append(b));
    s.getHost().ifPresent(h -> sb.append(sb.length() == 0 ? "" : ", ").append("hosted by ").append(h));
    return sb.toString();
  }

  /** Reports, for each record, the first disagreeing record of the same fact from other sources. */
  private final class Participations implements ProcessIndex.CandidatePair {
    private final ProcessIndex p;
    private int current = -1;
    private boolean reported;

    Participations(ProcessIndex p) {
      this.p = p;
    }

    @Override
    public void pair(int later, int earlier, Answer overlap) {
      if (later != current) {
        current = later;
        reported = false;
      }
      Participation a = p.participations.get(earlier);
      Participation b = p.participations.get(later);
      if (reported || !DocumentIndex.disjointSources(a.getSources(), b.getSources())) {
        return;
      }
      if (a.getRole() == b.getRole() && a.span().equals(b.span())) {
        return; // two sources agree: corroboration, not a problem
      }
      reported = true;
      int reportAt = Math.max(later, earlier);
      int first = Math.min(later, earlier);
      String roles = a.getRole() == b.getRole() ? a.getRole().toString() : a.getRole() + " / " + b.getRole();
      conflict(p.document, findings, overlap, a.getSources(), b.getSources(), p.at("participations", reportAt),
          "fact", p.participations.get(reportAt).getParticipant() + " as " + roles,
          "value", spanText(p.participations.get(reportAt)), "other", spanText(p.participations.get(first)),
          "first", p.at("participations", first).pointer());
    }

    private String spanText(Participation record) {
      return record.getRole() + " " + record.span();
    }
  }

  /**
   * Marks each chair term that states, from other sources, a term an earlier one of the same chair set
   * already states, and reports it (when {@code sink} is not null) if the dates differ. In start order,
   * each term is compared with the earlier unmarked term that reaches furthest (greatest latest end),
   * so the work is linear after the sort.
   *
   * @return for each term, whether it restates an earlier one
   */
  static boolean[] restatedTerms(ProcessIndex p, Bounds[] bounds, Findings sink) {
    List<Chairmanship> chairs = p.process.getChairs();
    boolean[] restated = new boolean[chairs.size()];
    Map<Set<Participant>, List<Integer>> byChairs = new HashMap<>();
    for (int j = 0; j < chairs.size(); j++) {
      byChairs.computeIfAbsent(Set.copyOf(chairs.get(j).getChairs()), k -> new ArrayList<>(2)).add(j);
    }
    for (List<Integer> terms : byChairs.values()) {
      if (terms.size() < 2) {
        continue;
      }
      List<Integer> sorted = new ArrayList<>(terms);
      sorted.sort(ChairRules.byStart(bounds));
      int reach = -1;
      for (int j : sorted) {
        if (reach >= 0) {
          Answer overlap = chairs.get(reach).getPeriod().overlaps(chairs.get(j).getPeriod());
          if (overlap != Answer.NO && Facts.sameFact(chairs.get(reach), chairs.get(j))
              && DocumentIndex.disjointSources(chairs.get(reach).getSources(), chairs.get(j).getSources())) {
            restated[j] = true;
            if (sink != null && !chairs.get(reach).getPeriod().equals(chairs.get(j).getPeriod())) {
              conflict(p.document, sink, overlap, chairs.get(reach).getSources(), chairs.get(j).getSources(),
                  p.at("chairs", j),
                  "fact", "chair term of " + ChairRules.chairNames(chairs.get(j)),
                  "value", chairs.get(j).getPeriod().toString(), "other", chairs.get(reach).getPeriod().toString(),
                  "first", p.at("chairs", reach).pointer());
            }
            continue;
          }
        }
        if (reach < 0 || bounds[j].endHigh >= bounds[reach].endHigh) {
          reach = j;
        }
      }
    }
    return restated;
  }

  /** Two figures of one metric, scope and reference date with different values. */
  private void figures(List<MigrationFigure> figures, Loc owner) {
    Map<String, Integer> firstOfFact = new HashMap<>();
    Set<String> conflictReported = new HashSet<>();
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      String date = figure.getReferenceDate().map(PartialDate::toString).orElse("");
      if (date.isEmpty()) {
        continue;
      }
      String fact = figure.getMetric() + '\u0000' + figure.getScope() + '\u0000' + date;
      Integer first = firstOfFact.putIfAbsent(fact, f);
      if (first != null && figures.get(first).getValue().compareTo(figure.getValue()) != 0
          && conflictReported.add(fact)) {
        findings.report(RULE_FACT_CONFLICT, owner.at("figures", f),
            "fact", figure.getMetric() + " (" + figure.getScope() + ", " + date + ")",
            "value", FigureRules.shown(figure.getValue()), "other", FigureRules.shown(figures.get(first).getValue()),
            "first", owner.at("figures", first).pointer());
      }
    }
  }
}
