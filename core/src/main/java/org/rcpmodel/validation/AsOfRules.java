package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_DATE_AFTER_ASOF;

import java.util.List;
import java.util.Optional;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.FormerName;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participation;
import org.rcpmodel.Post;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The as-of rule, {@code date.after-asof}: no recorded date lies after the document's own as-of
 * date (a date inside the as-of date's unit is no later). Of a period, its end counts when known,
 * else its start; an incoming chair term, which starts after the record, is not checked, and a
 * current one only by its start.
 */
final class AsOfRules {

  private final DocumentIndex index;
  private final Findings findings;

  AsOfRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The dates outside the processes that lie after the document's as-of date. */
  void document(PartialDate asOf) {
    for (int i = 0; i < index.doc.getSources().size(); i++) {
      Optional<PartialDate> published = index.doc.getSources().get(i).getPublished();
      if (published.isPresent()) {
        afterAsOf(published.get(), asOf, Loc.ROOT, "sources", i, "published");
      }
    }
    for (int i = 0; i < index.doc.getStates().size(); i++) {
      formerNamesAfterAsOf(index.doc.getStates().get(i).getFormerNames(), asOf, Loc.ROOT.at("states", i));
    }
    for (int i = 0; i < index.doc.getOrganizations().size(); i++) {
      Organization o = index.doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      if (o.getFounded().isPresent()) {
        afterAsOf(o.getFounded().get(), asOf, Loc.ROOT, "organizations", i, "founded");
      }
      formerNamesAfterAsOf(o.getFormerNames(), asOf, at);
      figuresAfterAsOf(o.getFigures(), asOf, at);
    }
    for (int i = 0; i < index.doc.getFrameworks().size(); i++) {
      Optional<PartialDate> adopted = index.doc.getFrameworks().get(i).getAdopted();
      if (adopted.isPresent()) {
        afterAsOf(adopted.get(), asOf, Loc.ROOT, "frameworks", i, "adopted");
      }
    }
    for (int i = 0; i < index.doc.getPeople().size(); i++) {
      List<Post> posts = index.doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        Optional<Period> period = posts.get(j).getPeriod();
        if (period.isPresent()) {
          afterAsOf(latest(period.get(), true), asOf, Loc.ROOT.at("people", i), "posts", j, "period");
        }
      }
    }
  }

  /** The dates of one process that lie after the document's as-of date. */
  void process(ProcessIndex pi, PartialDate asOf) {
    ConsultativeProcess process = pi.process;
    int p = pi.position;
    Loc owner = pi.base;
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
    // Format 1.1: what sources state about the establishment date is dated like the date itself.
    for (int i = 0; i < process.getStatements().size(); i++) {
      Optional<PartialDate> date = process.getStatements().get(i).getDate();
      if (date.isPresent()) {
        afterAsOf(date.get(), asOf, owner, "statements", i, "date");
      }
    }
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
    Answer after = date.follows(asOf);
    if (after != Answer.NO) {
      findings.report(RULE_DATE_AFTER_ASOF, after, owner.at(list, index).at(property), "date", date.toString(),
          "asOf", asOf.toString());
    }
  }
}
