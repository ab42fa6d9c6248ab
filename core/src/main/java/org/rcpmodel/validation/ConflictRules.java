package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_FACT_CONFLICT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The conflict rule, {@code fact.conflict}: two records of the same fact, from disjoint sources,
 * that disagree. The same fact is one participant in the same or two standing roles at a time that
 * may be shared; one chair set's term; one figure's metric, scope and reference date.
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
      findings.report(RULE_FACT_CONFLICT, overlap, p.at("participations", reportAt),
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
          if (overlap != Answer.NO
              && DocumentIndex.disjointSources(chairs.get(reach).getSources(), chairs.get(j).getSources())) {
            restated[j] = true;
            if (sink != null && !chairs.get(reach).getPeriod().equals(chairs.get(j).getPeriod())) {
              sink.report(RULE_FACT_CONFLICT, overlap, p.at("chairs", j),
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
