package org.rcpmodel.validation;

import java.util.List;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;

/**
 * The one rule engine: checks a document against the whole catalogue, the field constraints of the
 * model (with exactly the semantics of its annotations) and every cross-object rule, and returns the
 * findings. {@link RcpValidator} runs it directly; {@link DocumentRulesValidator} runs it for any
 * Bean Validation {@code Validator}.
 *
 * <p>A thin driver: it builds the {@link DocumentIndex} once, runs each rule family (one class per
 * family: {@link FieldRules}, {@link IdRules}, {@link ReferenceRules}, {@link ParentLoopRules},
 * {@link ParticipationRules}, {@link ChairRules},
 * {@link MeetingRules}, {@link DeclarationRules}, {@link FigureRules}, {@link AsOfRules},
 * {@link ConflictRules}) over the records outside the processes, then over each process with that
 * process's {@link ProcessIndex}, while the process is still in the processor's caches (a separate
 * pass over every process afterwards made large documents cost more per participation than small
 * ones), and collects the findings in one {@link Findings} sink. Every rule works by hash lookups and
 * sort-and-sweep, so the work grows near-linearly with the document. Not thread-safe itself;
 * {@link #check} makes fresh objects per call.
 */
final class RuleEngine {

  private RuleEngine() {}

  /**
   * Checks a document.
   *
   * @param doc the document; not null
   * @param documentFields whether to check the constraints on the document's own fields
   *     ({@code schemaVersion}, {@code title}) too; a Bean Validation provider checks those itself
   * @return the findings, in no particular order, at most {@link RcpValidator#DEFAULT_CAP_PER_CODE}
   *     of each code and severity; never null
   */
  static List<Finding> check(Document doc, boolean documentFields) {
    return run(doc, documentFields, RcpValidator.DEFAULT_CAP_PER_CODE).list();
  }

  /**
   * Checks a document into a sink that keeps at most {@code cap} findings of each code and severity.
   *
   * @param doc the document; not null
   * @param documentFields as for {@link #check}
   * @param cap the most findings of one code and severity kept; at least 1
   * @return the sink, holding the kept findings and the counts of the others
   */
  static Findings run(Document doc, boolean documentFields, int cap) {
    Findings findings = new Findings(cap);
    DocumentIndex index = new DocumentIndex(doc);
    FieldRules fields = new FieldRules(index, findings);
    IdRules ids = new IdRules(index, findings);
    ReferenceRules references = new ReferenceRules(index, findings);
    ParentLoopRules parentLoops = new ParentLoopRules(index, findings);
    ParticipationRules participations = new ParticipationRules(findings);
    ChairRules chairs = new ChairRules(findings);
    MeetingRules meetings = new MeetingRules(findings);
    DeclarationRules declarations = new DeclarationRules(index, findings);
    FigureRules figures = new FigureRules(index, findings);
    AsOfRules asOfRules = new AsOfRules(index, findings);
    ConflictRules conflicts = new ConflictRules(index, findings);
    PartialDate asOf = doc.getAsOf().orElse(null);

    if (documentFields) {
      fields.documentFields();
    }
    ids.document();
    references.document();
    parentLoops.document();
    fields.documentRecords();
    figures.document();
    conflicts.document();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ProcessIndex process = index.process(p);
      ids.process(process);
      references.process(process);
      fields.process(process);
      participations.process(process);
      chairs.process(process);
      meetings.process(process);
      declarations.process(process);
      figures.process(process);
      conflicts.process(process);
      if (asOf != null) {
        asOfRules.process(process, asOf);
      }
    }
    if (asOf != null) {
      asOfRules.document(asOf);
    }
    return findings;
  }
}
