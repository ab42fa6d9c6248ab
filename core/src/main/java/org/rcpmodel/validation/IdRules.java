package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_ID_DUPLICATE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.State;

/**
 * The id rule, {@code id.duplicate}: the entities of the document (sources, States by code,
 * organizations, frameworks, processes, people), the meetings and declarations of all processes,
 * and the groups, bodies and chair terms of each process (format 1.1) have ids unique among their
 * kind. The second and every later holder of an id is reported, naming the first. Whether an id
 * has the id form is a field constraint ({@link FieldRules}); whether a reference names an id is
 * {@link ReferenceRules}'.
 *
 * <p>Meeting and declaration ids are unique across the document: this object keeps the ids seen in
 * earlier processes, so one instance checks one document's processes in order. Not thread-safe.
 */
final class IdRules {

  private final DocumentIndex index;
  private final Findings findings;
  private final Map<String, int[]> meetingIds = new HashMap<>();
  private final Map<String, int[]> declarationIds = new HashMap<>();

  IdRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The ids of the top-level entities and processes. */
  void document() {
    Document doc = index.doc;
    for (int i = 0; i < doc.getSources().size(); i++) {
      firstOf(index.sources, doc.getSources().get(i).getId(), "source", "sources", i);
    }
    Map<String, Integer> states = new HashMap<>();
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Integer first = states.putIfAbsent(s.getCode(), i);
      if (first != null) {
        findings.report(RULE_ID_DUPLICATE, Loc.ROOT.at("states", i).at("code"), "kind", Phrase.kind("state"), "id", s.getCode(),
            "first", Loc.ROOT.at("states", first).pointer());
      }
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      firstOf(index.organizations, doc.getOrganizations().get(i).getId(), "organization", "organizations", i);
    }
    Map<String, Integer> frameworks = new HashMap<>();
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      unique(frameworks, doc.getFrameworks().get(i).getId(), "framework", "frameworks", i);
    }
    Map<String, Integer> processes = new HashMap<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      unique(processes, doc.getProcesses().get(p).getId(), "process", "processes", p);
    }
    Map<String, Integer> people = new HashMap<>();
    for (int i = 0; i < doc.getPeople().size(); i++) {
      unique(people, doc.getPeople().get(i).getId(), "person", "people", i);
    }
  }

  /** The ids of one process's meetings and declarations (unique across the document) and of its own lists. */
  void process(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    int position = p.position;
    for (int m = 0; m < process.getMeetings().size(); m++) {
      uniqueAt(meetingIds, process.getMeetings().get(m).getId(), "meeting", position, "meetings", m);
    }
    for (int d = 0; d < process.getDeclarations().size(); d++) {
      uniqueAt(declarationIds, process.getDeclarations().get(d).getId(), "declaration", position, "declarations", d);
    }
    Map<String, Integer> groupIds = new HashMap<>(DocumentIndex.capacity(process.getGroups().size()));
    for (int i = 0; i < process.getGroups().size(); i++) {
      localId(groupIds, process.getGroups().get(i).getId(), "group", p.base, "groups", i);
    }
    Map<String, Integer> bodyIds = new HashMap<>(DocumentIndex.capacity(process.getBodies().size()));
    for (int i = 0; i < process.getBodies().size(); i++) {
      localId(bodyIds, process.getBodies().get(i).getId(), "body", p.base, "bodies", i);
    }
    Map<String, Integer> chairTermIds = new HashMap<>();
    List<org.rcpmodel.Chairmanship> chairs = process.getChairs();
    for (int j = 0; j < chairs.size(); j++) {
      Optional<String> id = chairs.get(j).getId();
      if (id.isPresent()) {
        localId(chairTermIds, id.get(), "chair term", p.base, "chairs", j);
      }
    }
  }

  /** An id of a process's own list {@code list} (groups, bodies, chair terms): unique in the process. */
  private void localId(Map<String, Integer> seen, String id, String kind, Loc process, String list, int i) {
    Integer first = seen.putIfAbsent(id, i);
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, process.at(list, i).at("id"), "kind", Phrase.kind(kind), "id", id,
          "first", process.at(list, first).pointer());
    }
  }

  /** An entity id indexed in {@link DocumentIndex}: a duplicate of the first one. */
  private void firstOf(Map<String, Integer> firsts, String id, String kind, String list, int i) {
    Loc entity = Loc.ROOT.at(list, i);
    int first = firsts.get(id);
    if (first != i) {
      findings.report(RULE_ID_DUPLICATE, entity.at("id"), "kind", Phrase.kind(kind), "id", id,
          "first", Loc.ROOT.at(list, first).pointer());
    }
  }

  /** An entity id: a duplicate of an earlier one. */
  private void unique(Map<String, Integer> seen, String id, String kind, String list, int i) {
    Loc entity = Loc.ROOT.at(list, i);
    Integer first = seen.putIfAbsent(id, i);
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, entity.at("id"), "kind", Phrase.kind(kind), "id", id,
          "first", Loc.ROOT.at(list, first).pointer());
    }
  }

  /** The id of element {@code i} of the list {@code list} of process {@code process}, unique across the document. */
  private void uniqueAt(Map<String, int[]> seen, String id, String kind, int process, String list, int i) {
    int[] first = seen.putIfAbsent(id, new int[] {process, i});
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, Loc.ROOT.at("processes", process).at(list, i).at("id"), "kind", Phrase.kind(kind),
          "id", id, "first", Loc.ROOT.at("processes", first[0]).at(list, first[1]).pointer());
    }
  }
}
