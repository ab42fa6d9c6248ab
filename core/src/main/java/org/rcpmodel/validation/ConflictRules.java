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
import org.rcpmodel.time.Span;

/**
 * The conflict rule, {@code fact.conflict}: two records of the same fact, from disjoint sources,
 * that cannot both be true. "Same fact" and "agree" are {@link Facts}'s: one participant doing one
 * job at a time that may be shared, in the same role, two standing roles, or as secretariat and
 * support unit ({@link Facts#sameJob}; compared pair by pair in {@link ParticipantPairs}); one chair
 * set's term (periods that overlap, ordinals that do not differ); one figure's metric, scope and
 * reference date; and in format 1.1 one single-valued property of a process (its {@link Statement}s,
 * whatever their sources: a property has one value) and one performer's secretariat job
 * ({@link Secretariat} accounts from disjoint sources). Records that agree (a refinement, a record
 * without a period) are corroboration, not conflict. Two records of which one cites only sources
 * that the other's sources supersede (format 1.1) are an outdated record, not a dispute: the
 * finding is INFO.
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
    ParticipantPairs pairs = p.pairs();
    for (int j = 0; j < p.participations.size(); j++) {
      int first = pairs.first(ParticipantPairs.FACT_CONFLICT, j);
      if (first >= 0) {
        Participation later = p.participations.get(j);
        Participation earlier = p.participations.get(first);
        // ParticipantPairs answers at most MAYBE for an outdated pair, so a WARNING needs a dispute.
        conflict(p.document, findings, pairs.answer(ParticipantPairs.FACT_CONFLICT, j), earlier.getSources(),
            later.getSources(), p.at("participations", j),
            "fact", Phrase.of("fact.participation", "participant", later.getParticipant().id()),
            "value", Phrase.roleDuring(later.getRole(), later.span()),
            "other", Phrase.roleDuring(earlier.getRole(), earlier.span()),
            "first", p.at("participations", first).pointer());
      }
    }
    List<Chairmanship> chairs = p.process.getChairs();
    RestatedTerms restated = p.restatedChairTerms();
    for (int[] conflict : restated.conflicts) {
      Chairmanship later = chairs.get(conflict[0]);
      Chairmanship earlier = chairs.get(conflict[1]);
      conflict(p.document, findings, Answer.values()[conflict[2]], earlier.getSources(), later.getSources(),
          p.at("chairs", conflict[0]), "fact", Phrase.of("fact.chair-term", "chairs", ChairRules.chairNames(later)),
          "value", Phrase.period(later.getPeriod()), "other", Phrase.period(earlier.getPeriod()),
          "first", p.at("chairs", conflict[1]).pointer());
    }
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
              "fact", Phrase.of("fact.statement", "property", Phrase.property(statement.getProperty()),
                  "process", p.process.getId()),
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
      Span[] spans = new Span[accounts.size()];
      for (int i : group) {
        spans[i] = accounts.get(i).span();
      }
      List<Integer> sorted = new ArrayList<>(group);
      sorted.sort(ChairRules.byStart(spans));
      if (sorted.size() <= COMPARED_PAIRWISE) {
        secretariatsPairwise(p, accounts, sorted);
        continue;
      }
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
              "fact", Phrase.of("fact.secretariat", "performers", performers(later)),
              "value", Phrase.roleDuring(later.getRole(), later.span()),
              "other", Phrase.roleDuring(earlier.getRole(), earlier.span()),
              "first", p.at("secretariats", disagreeing).pointer());
        }
        int role = later.getRole().ordinal();
        if (reachByRole[role] < 0 || Span.BY_LATEST_END.compare(spans[current], spans[reachByRole[role]]) >= 0) {
          reachByRole[role] = current;
        }
      }
    }
  }

  /**
   * {@link #secretariats} for one performer's accounts in start order: each against every earlier
   * one, reported once with the strongest disagreement (a sure one over a possible or outdated one;
   * the earliest in start order among equals). The furthest-reaching account of a role is no
   * sufficient witness: an account of unknown end may reach furthest while only possibly meeting
   * this one, and hide an earlier account that surely does.
   */
  private void secretariatsPairwise(ProcessIndex p, List<Secretariat> accounts, List<Integer> sorted) {
    for (int y = 1; y < sorted.size(); y++) {
      Secretariat later = accounts.get(sorted.get(y));
      int disagreeing = -1;
      int strongestRank = -1;
      Answer strongest = Answer.NO;
      for (int x = 0; x < y; x++) {
        Secretariat earlier = accounts.get(sorted.get(x));
        if (Facts.sameFact(earlier, later) && !Facts.agree(earlier, later)
            && DocumentIndex.disjointSources(earlier.getSources(), later.getSources())) {
          Answer meet = later.span().intersects(earlier.span());
          boolean outdated = p.document.outdatedBy(earlier.getSources(), later.getSources())
              || p.document.outdatedBy(later.getSources(), earlier.getSources());
          int rank = meet == Answer.YES && !outdated ? 1 : 0;
          if (rank > strongestRank) {
            strongestRank = rank;
            strongest = meet;
            disagreeing = sorted.get(x);
          }
        }
      }
      if (disagreeing >= 0) {
        Secretariat earlier = accounts.get(disagreeing);
        conflict(p.document, findings, strongest, earlier.getSources(), later.getSources(),
            p.at("secretariats", sorted.get(y)), "fact", Phrase.of("fact.secretariat", "performers", performers(later)),
            "value", Phrase.roleDuring(later.getRole(), later.span()),
            "other", Phrase.roleDuring(earlier.getRole(), earlier.span()),
            "first", p.at("secretariats", disagreeing).pointer());
      }
    }
  }


  /**
   * Reports a disagreement of two records of one fact: a WARNING (or lower, as the dates decide),
   * unless every source of one is superseded by a source of the other (format 1.1): then the older is
   * outdated, not disputed, and the finding is advice (INFO).
   */
  private static void conflict(DocumentIndex index, Findings sink, Answer answer, List<String> sourcesA,
      List<String> sourcesB, Loc at, Object... parameters) {
    if (index.outdatedBy(sourcesA, sourcesB) || index.outdatedBy(sourcesB, sourcesA)) {
      sink.advise(RULE_FACT_CONFLICT, answer, at, parameters);
    } else {
      sink.report(RULE_FACT_CONFLICT, answer, at, parameters);
    }
  }

  /** Who performs a secretariat job, for a message: ids as written, "the chairing State" and "hosted by" in words. */
  private static Object performers(Secretariat s) {
    List<Object> who = new ArrayList<>();
    for (Participant p : s.getPerformers()) {
      who.add(p.id());
    }
    if (s.isChairingState()) {
      who.add(Phrase.of("performer.chairing-state"));
    }
    s.getBody().ifPresent(who::add);
    s.getHost().ifPresent(h -> who.add(Phrase.of("performer.hosted-by", "host", h)));
    return Phrase.list(who);
  }

  /**
   * The chair terms that restate, from other sources, a term an earlier one of the same chair set
   * already states ({@code restated}), and those among them that do not agree with it
   * ({@code conflicts}: later term, earlier term, answer ordinal).
   */
  record RestatedTerms(boolean[] restated, List<int[]> conflicts) {}

  /**
   * Up to this many terms of one chair set (or accounts of one performer), each is compared with
   * every earlier one; beyond, with the earlier one that reaches furthest, which may miss a finding
   * (no real process has such a crowd).
   */
  static final int COMPARED_PAIRWISE = 256;

  /**
   * Finds the restated terms of a process. In start order, each term is compared with every earlier
   * unrestated term of its chair set (a sort and a sweep against the earlier unrestated term that
   * reaches furthest beyond {@link #COMPARED_PAIRWISE} terms): it restates them when they tell the
   * same fact from disjoint sources, and conflicts with the one whose disagreement is strongest.
   * Comparing with the furthest-reaching term only lost restatements: that term may share a source
   * with this one while an earlier term of another source tells the same fact.
   */
  static RestatedTerms restatedTerms(ProcessIndex p, Span[] spans) {
    List<Chairmanship> chairs = p.process.getChairs();
    boolean[] restated = new boolean[chairs.size()];
    List<int[]> conflicts = new ArrayList<>(0);
    if (chairs.size() < 2) {
      return new RestatedTerms(restated, conflicts);
    }
    Map<Set<Participant>, List<Integer>> byChairs = new HashMap<>();
    for (int j = 0; j < chairs.size(); j++) {
      byChairs.computeIfAbsent(Set.copyOf(chairs.get(j).getChairs()), k -> new ArrayList<>(2)).add(j);
    }
    for (List<Integer> terms : byChairs.values()) {
      if (terms.size() < 2) {
        continue;
      }
      List<Integer> sorted = new ArrayList<>(terms);
      sorted.sort(ChairRules.byStart(spans));
      if (sorted.size() <= COMPARED_PAIRWISE) {
        restatedPairwise(p, chairs, sorted, restated, conflicts);
        continue;
      }
      int reach = -1;
      for (int j : sorted) {
        if (reach >= 0) {
          Chairmanship earlier = chairs.get(reach);
          Chairmanship later = chairs.get(j);
          // One term told by two sources; a hand-over between two terms of one chair is a succession.
          Answer overlap = earlier.getPeriod().overlaps(later.getPeriod());
          if (overlap != Answer.NO && Facts.sameFact(earlier, later)
              && DocumentIndex.disjointSources(earlier.getSources(), later.getSources())) {
            restated[j] = true;
            if (!Facts.agree(earlier, later)) {
              conflicts.add(new int[] {j, reach, overlap.ordinal()});
            }
            continue;
          }
        }
        if (reach < 0 || Span.BY_LATEST_END.compare(spans[j], spans[reach]) >= 0) {
          reach = j;
        }
      }
    }
    return new RestatedTerms(restated, conflicts);
  }

  /** {@link #restatedTerms} for one chair set's terms in start order, every earlier term against each. */
  private static void restatedPairwise(ProcessIndex p, List<Chairmanship> chairs, List<Integer> sorted,
      boolean[] restated, List<int[]> conflicts) {
    for (int y = 1; y < sorted.size(); y++) {
      int j = sorted.get(y);
      Chairmanship later = chairs.get(j);
      int[] strongest = null;
      int strongestRank = -1;
      for (int x = 0; x < y; x++) {
        int i = sorted.get(x);
        if (restated[i]) {
          continue;
        }
        Chairmanship earlier = chairs.get(i);
        Answer overlap = earlier.getPeriod().overlaps(later.getPeriod());
        if (overlap == Answer.NO || !Facts.sameFact(earlier, later)
            || !DocumentIndex.disjointSources(earlier.getSources(), later.getSources())) {
          continue;
        }
        restated[j] = true;
        if (!Facts.agree(earlier, later)) {
          // The strongest disagreement: a sure one (WARNING) over a possible or outdated one (INFO).
          boolean outdated = p.document.outdatedBy(earlier.getSources(), later.getSources())
              || p.document.outdatedBy(later.getSources(), earlier.getSources());
          int rank = overlap == Answer.YES && !outdated ? 1 : 0;
          if (rank > strongestRank) {
            strongestRank = rank;
            strongest = new int[] {j, i, overlap.ordinal()};
          }
        }
      }
      if (strongest != null) {
        conflicts.add(strongest);
      }
    }
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
      if (first != null && Facts.sameFact(figures.get(first), figure) && !Facts.agree(figures.get(first), figure)
          && conflictReported.add(fact)) {
        findings.report(RULE_FACT_CONFLICT, owner.at("figures", f),
            "fact", Phrase.of("fact.figure", "metric", Phrase.metric(figure.getMetric()),
                "scope", Phrase.scope(figure.getScope()), "date", date),
            "value", FigureRules.shown(figure.getValue()), "other", FigureRules.shown(figures.get(first).getValue()),
            "first", owner.at("figures", first).pointer());
      }
    }
  }
}
