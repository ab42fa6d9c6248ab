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
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The conflict rule, {@code fact.conflict}: two records of the same fact, from disjoint sources,
 * that cannot both be true. "Same fact" and "agree" are {@link Facts}'s: one participant doing one
 * job at a time that may be shared ({@link ParticipantPairs}); one chair set's term (periods that
 * overlap); one figure's metric, scope and reference date. Records that agree (a refinement, a
 * record without a period) are corroboration, not conflict.
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
        String roles = earlier.getRole() == later.getRole() ? later.getRole().toString()
            : earlier.getRole() + " / " + later.getRole();
        findings.report(RULE_FACT_CONFLICT, pairs.answer(ParticipantPairs.FACT_CONFLICT, j), p.at("participations", j),
            "fact", later.getParticipant() + " as " + roles, "value", spanText(later), "other", spanText(earlier),
            "first", p.at("participations", first).pointer());
      }
    }
    List<Chairmanship> chairs = p.process.getChairs();
    RestatedTerms restated = p.restatedChairTerms();
    for (int[] conflict : restated.conflicts) {
      Chairmanship later = chairs.get(conflict[0]);
      Chairmanship earlier = chairs.get(conflict[1]);
      findings.report(RULE_FACT_CONFLICT, Answer.values()[conflict[2]], p.at("chairs", conflict[0]),
          "fact", "chair term of " + ChairRules.chairNames(later),
          "value", later.getPeriod().toString(), "other", earlier.getPeriod().toString(),
          "first", p.at("chairs", conflict[1]).pointer());
    }
    figures(p.process.getFigures(), p.base);
  }

  /**
   * The chair terms that restate, from other sources, a term an earlier one of the same chair set
   * already states ({@code restated}), and those among them that do not agree with it
   * ({@code conflicts}: later term, earlier term, answer ordinal).
   */
  record RestatedTerms(boolean[] restated, List<int[]> conflicts) {}

  /**
   * Finds the restated terms of a process. In start order, each term is compared with the earlier
   * unrestated term that reaches furthest (greatest latest end), so the work is linear after the sort.
   */
  static RestatedTerms restatedTerms(ProcessIndex p, Bounds[] bounds) {
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
      sorted.sort(ChairRules.byStart(bounds));
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
        if (reach < 0 || bounds[j].endHigh >= bounds[reach].endHigh) {
          reach = j;
        }
      }
    }
    return new RestatedTerms(restated, conflicts);
  }

  private static String spanText(Participation record) {
    return record.getRole() + " " + record.span();
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
            "fact", figure.getMetric() + " (" + figure.getScope() + ", " + date + ")",
            "value", FigureRules.shown(figure.getValue()), "other", FigureRules.shown(figures.get(first).getValue()),
            "first", owner.at("figures", first).pointer());
      }
    }
  }
}
