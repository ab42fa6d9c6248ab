package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_FIGURE_NEGATIVE;
import static org.rcpmodel.validation.RuleId.RULE_FIGURE_SCOPE_INCONSISTENT;
import static org.rcpmodel.validation.RuleId.RULE_FIGURE_UNSOURCED;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.FigureScope;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The figure rules, for the figures of processes and organizations: {@code figure.negative},
 * {@code figure.unsourced} (no source or no reference date) and {@code figure.scope-inconsistent}
 * (a narrower group's figure above a wider group's for one metric and date). Two values for one
 * figure are a matter for {@link ConflictRules}.
 */
final class FigureRules {

  private final DocumentIndex index;
  private final Findings findings;

  FigureRules(DocumentIndex index, Findings findings) {
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
    figures(p.process.getFigures(), p.base);
  }

  private void figures(List<MigrationFigure> figures, Loc owner) {
    Map<String, Map<FigureScope, int[]>> byMetricAndDate = new HashMap<>();
    for (int f = 0; f < figures.size(); f++) {
      MigrationFigure figure = figures.get(f);
      Loc at = owner.at("figures", f);
      if (figure.getValue().signum() < 0) {
        findings.report(RULE_FIGURE_NEGATIVE, at.at("value"), "value", shown(figure.getValue()));
      }
      if (figure.getSources().isEmpty() || figure.getReferenceDate().isEmpty()) {
        findings.reportVariant(RULE_FIGURE_UNSOURCED, figure.getSources().isEmpty() && figure.getReferenceDate().isEmpty()
            ? "source-and-reference-date" : figure.getSources().isEmpty() ? "source" : "reference-date",
            at, "metric", Phrase.metric(figure.getMetric()));
      }
      String date = figure.getReferenceDate().map(PartialDate::toString).orElse("");
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
            findings.report(RULE_FIGURE_SCOPE_INCONSISTENT, sameDate, owner.at("figures", narrow.getValue()[1]).at("value"),
                "metric", Phrase.metric(largest.getMetric()), "scope", Phrase.scope(narrow.getKey()),
                "value", shown(largest.getValue()), "wideScope", Phrase.scope(wide.getKey()),
                "wideValue", shown(smallest.getValue()),
                "other", owner.at("figures", wide.getValue()[0]).pointer());
          }
        }
      }
    }
  }

  /**
   * A number as a message shows it: plain digits for ordinary magnitudes, scientific notation for
   * extreme exponents, whose plain form would be billions of digits (or fail to build at all).
   */
  static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString();
  }
}
