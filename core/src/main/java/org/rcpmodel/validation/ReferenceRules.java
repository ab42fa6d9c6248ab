package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_ID_DUPLICATE;
import static org.rcpmodel.validation.RuleId.RULE_REF_CYCLE;
import static org.rcpmodel.validation.RuleId.RULE_REF_UNRESOLVED;
import static org.rcpmodel.validation.RuleId.RULE_STATE_UNKNOWN_CODE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.BodyMember;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.OtherName;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;

/**
 * The reference rules: the ids of entities and the references to them. An entity id must be unique
 * ({@code id.duplicate}), a reference must name an entity of the document ({@code ref.unresolved}),
 * a State code of the right form must be assigned ({@code state.unknown-code}), and organizations'
 * parents must not run in a loop ({@code ref.cycle}). The form of ids and codes is a field
 * constraint ({@code @Pattern} on the model), which {@link FieldRules} checks; a code of the wrong
 * form is therefore not also reported as unknown.
 *
 * <p>Format 1.1 adds references of its own ({@link #formatOneOne}, {@link #formatOneOneProcess}): a
 * source's {@code supersedes}, a group's {@code membersOf} and members, a secretariat's performers,
 * body and host, a body's members, the chairing rule's rotation groups, and a post's process and
 * chair term; and ids unique within their process (groups, bodies, chair terms).
 *
 * <p>Meeting and declaration ids are unique across the document: this object keeps the ids seen in
 * earlier processes, so one instance checks one document's processes in order.
 */
final class ReferenceRules {

  /** How many ids of a parent loop a ref.cycle message names before it counts the rest. */
  private static final int LOOP_IDS_SHOWN = 6;

  /** The message of a declaration's meeting that is a meeting of another process. */
  static final String OTHER_PROCESS_KEY = "org.rcpmodel.rule.ref.unresolved.other-process";

  private final DocumentIndex index;
  private final Findings findings;
  private final Map<String, int[]> meetingIds = new HashMap<>();
  private final Map<String, int[]> declarationIds = new HashMap<>();

  ReferenceRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The ids of the top-level entities and processes, and the references of the records outside processes. */
  void document() {
    Document doc = index.doc;
    for (int i = 0; i < doc.getSources().size(); i++) {
      firstOf(index.sources, doc.getSources().get(i).getId(), "source", "sources", i);
    }
    Map<String, Integer> states = new HashMap<>();
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      // The code's assignment is checked below.
      Integer first = states.putIfAbsent(s.getCode(), i);
      if (first != null) {
        findings.report(RULE_ID_DUPLICATE, Loc.ROOT.at("states", i).at("code"), "kind", "state", "id", s.getCode(),
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
    parents();
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Loc at = Loc.ROOT.at("states", i);
      stateCode(s.getCode(), at, "code");
      sources(s.getSources(), at);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      sources(o.getSources(), at);
      figures(o.getFigures(), at);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      sources(doc.getFrameworks().get(i).getSources(), Loc.ROOT.at("frameworks", i));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      sources(person.getSources(), owner);
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        Loc at = owner.at("posts", j);
        if (post.getOrganization().isPresent()) {
          organization(post.getOrganization().get(), at, "organization");
        }
        if (post.getState().isPresent()) {
          stateCode(post.getState().get(), at, "state");
        }
        sources(post.getSources(), at);
      }
    }
    formatOneOne();
  }

  /** The ids and references of one process and its records. */
  void process(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    int position = p.position;
    for (int m = 0; m < process.getMeetings().size(); m++) {
      uniqueAt(meetingIds, process.getMeetings().get(m).getId(), "meeting", position, "meetings", m);
    }
    for (int d = 0; d < process.getDeclarations().size(); d++) {
      uniqueAt(declarationIds, process.getDeclarations().get(d).getId(), "declaration", position, "declarations", d);
    }
    sources(process.getSources(), p.base);
    references(process.getFrameworks(), p.base, "frameworks", index.frameworks, "framework");
    for (int c = 0; c < process.getClassifications().size(); c++) {
      sources(process.getClassifications().get(c).getSources(), p.base.at("classifications", c));
    }
    List<Participation> participations = p.participations;
    for (int i = 0; i < participations.size(); i++) {
      Participation record = participations.get(i);
      // Most records are clean: their place is built only for a finding.
      if (!isClean(record.getParticipant())) {
        participantAt(record.getParticipant(), p.at("participations", i).at("participant"));
      }
      if (!areClean(record.getSources())) {
        sources(record.getSources(), p.at("participations", i));
      }
    }
    List<Chairmanship> chairs = process.getChairs();
    for (int j = 0; j < chairs.size(); j++) {
      Chairmanship chair = chairs.get(j);
      // Most terms are clean: their place is built only for a finding.
      boolean clean = areClean(chair.getSources())
          && (chair.getCoChair().isEmpty() || isClean(chair.getCoChair().get()));
      for (int k = 0; clean && k < chair.getChairs().size(); k++) {
        clean = isClean(chair.getChairs().get(k));
      }
      if (clean) {
        continue;
      }
      Loc at = p.at("chairs", j);
      sources(chair.getSources(), at);
      for (int k = 0; k < chair.getChairs().size(); k++) {
        participant(chair.getChairs().get(k), at, "chairs", k);
      }
      if (chair.getCoChair().isPresent()) {
        participantAt(chair.getCoChair().get(), at.at("coChair"));
      }
    }
    List<Meeting> meetings = process.getMeetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Optional<String> host = meeting.getHost();
      if (!areClean(meeting.getSources())
          || host.isPresent() && !(FieldForms.isStateCode(host.get()) && StateCodes.isAssigned(host.get()))) {
        Loc at = p.at("meetings", m);
        sources(meeting.getSources(), at);
        if (host.isPresent()) {
          stateCode(host.get(), at, "host");
        }
      }
    }
    List<Declaration> declarations = process.getDeclarations();
    for (int d = 0; d < declarations.size(); d++) {
      Declaration declaration = declarations.get(d);
      if (isClean(declaration, p)) {
        continue; // most declarations are: their place is built only for a finding
      }
      Loc at = p.at("declarations", d);
      sources(declaration.getSources(), at);
      references(declaration.getFrameworks(), at, "frameworks", index.frameworks, "framework");
      if (declaration.getMeeting().isPresent()) {
        String meeting = declaration.getMeeting().get();
        if (!p.meetingIndex.containsKey(meeting)) {
          Integer other = index.meetingProcess.get(meeting);
          if (other == null) {
            findings.report(RULE_REF_UNRESOLVED, at.at("meeting"), "kind", "meeting", "id", meeting);
          } else {
            // A declaration is adopted at a meeting of its own process.
            findings.reportWithKey(RULE_REF_UNRESOLVED, OTHER_PROCESS_KEY, at.at("meeting"), "kind", "meeting",
                "id", meeting, "process", index.doc.getProcesses().get(other).getId());
          }
        }
      }
      for (int k = 0; k < declaration.getAdopters().size(); k++) {
        participant(declaration.getAdopters().get(k), at, "adopters", k);
      }
    }
    figures(process.getFigures(), p.base);
    formatOneOneProcess(p);
  }

  // ---- format 1.1 ------------------------------------------------------------------------------

  /** The 1.1 references outside the processes: superseded sources, other names, posts' processes and terms. */
  private void formatOneOne() {
    Document doc = index.doc;
    List<Source> sources = doc.getSources();
    for (int i = 0; i < sources.size(); i++) {
      Optional<String> supersedes = sources.get(i).getSupersedes();
      if (supersedes.isPresent()) {
        Loc at = Loc.ROOT.at("sources", i);
        if (!index.sources.containsKey(supersedes.get())) {
          findings.report(RULE_REF_UNRESOLVED, at.at("supersedes"), "kind", "source", "id", supersedes.get());
        }
      }
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      otherNames(doc.getOrganizations().get(i).getOtherNames(), Loc.ROOT.at("organizations", i));
    }
    Map<String, Integer> processes = null;
    for (int i = 0; i < doc.getPeople().size(); i++) {
      List<Post> posts = doc.getPeople().get(i).getPosts();
      for (int j = 0; j < posts.size(); j++) {
        Post post = posts.get(j);
        if (post.getProcess().isEmpty() && post.getChairTerm().isEmpty()) {
          continue;
        }
        if (processes == null) {
          processes = new HashMap<>();
          for (int p = 0; p < doc.getProcesses().size(); p++) {
            processes.putIfAbsent(doc.getProcesses().get(p).getId(), p);
          }
        }
        Loc at = Loc.ROOT.at("people", i).at("posts", j);
        Integer process = null;
        if (post.getProcess().isPresent()) {
          process = processes.get(post.getProcess().get());
          if (process == null) {
            findings.report(RULE_REF_UNRESOLVED, at.at("process"), "kind", "process", "id", post.getProcess().get());
          }
        }
        if (post.getChairTerm().isPresent()) {
          String term = post.getChairTerm().get();
          // A chair term is named within its process: without a process that resolves, it names nothing.
          if (process == null || !hasChairTerm(doc.getProcesses().get(process).getChairs(), term)) {
            findings.report(RULE_REF_UNRESOLVED, at.at("chairTerm"), "kind", "chair term", "id", term);
          }
        }
      }
    }
  }

  private static boolean hasChairTerm(List<Chairmanship> chairs, String id) {
    for (Chairmanship chair : chairs) {
      if (chair.getId().isPresent() && chair.getId().get().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The 1.1 ids and references of one process. */
  private void formatOneOneProcess(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    otherNames(process.getOtherNames(), p.base);
    for (int i = 0; i < process.getStatements().size(); i++) {
      sources(process.getStatements().get(i).getSources(), p.at("statements", i));
    }
    List<ParticipantGroup> groups = process.getGroups();
    Map<String, Integer> groupIds = new HashMap<>(DocumentIndex.capacity(groups.size()));
    for (int i = 0; i < groups.size(); i++) {
      ParticipantGroup group = groups.get(i);
      Loc at = p.at("groups", i);
      localId(groupIds, group.getId(), "group", p.base, "groups", i);
      if (group.getMembersOf().isPresent()) {
        organization(group.getMembersOf().get(), at, "membersOf");
      }
      for (int k = 0; k < group.getMembers().size(); k++) {
        participant(group.getMembers().get(k), at, "members", k);
      }
      sources(group.getSources(), at);
    }
    ChairingRule rule = process.getChairingRule();
    references(rule.getRotationGroups(), p.base.at("chairingRule"), "rotationGroups", groupIds, "group");
    sources(rule.getSources(), p.base.at("chairingRule"));
    for (int i = 0; i < process.getParticipantCounts().size(); i++) {
      sources(process.getParticipantCounts().get(i).getSources(), p.at("participantCounts", i));
    }
    for (int i = 0; i < process.getCompleteLists().size(); i++) {
      sources(process.getCompleteLists().get(i).getSources(), p.at("completeLists", i));
    }
    List<GovernanceBody> bodies = process.getBodies();
    Map<String, Integer> bodyIds = new HashMap<>(DocumentIndex.capacity(bodies.size()));
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody body = bodies.get(i);
      Loc at = p.at("bodies", i);
      localId(bodyIds, body.getId(), "body", p.base, "bodies", i);
      for (int k = 0; k < body.getMembers().size(); k++) {
        BodyMember member = body.getMembers().get(k);
        Loc memberAt = at.at("members", k);
        if (!isClean(member.getParticipant())) {
          participantAt(member.getParticipant(), memberAt.at("participant"));
        }
        sources(member.getSources(), memberAt);
      }
      sources(body.getSources(), at);
    }
    for (int i = 0; i < process.getSecretariats().size(); i++) {
      Secretariat secretariat = process.getSecretariats().get(i);
      Loc at = p.at("secretariats", i);
      for (int k = 0; k < secretariat.getPerformers().size(); k++) {
        participant(secretariat.getPerformers().get(k), at, "performers", k);
      }
      if (secretariat.getBody().isPresent()) {
        String body = secretariat.getBody().get();
        if (!bodyIds.containsKey(body)) {
          findings.report(RULE_REF_UNRESOLVED, at.at("body"), "kind", "body", "id", body);
        }
      }
      if (secretariat.getHost().isPresent()) {
        stateCode(secretariat.getHost().get(), at, "host");
      }
      sources(secretariat.getSources(), at);
    }
    Map<String, Integer> chairTermIds = new HashMap<>();
    for (int j = 0; j < process.getChairs().size(); j++) {
      Optional<String> id = process.getChairs().get(j).getId();
      if (id.isPresent()) {
        localId(chairTermIds, id.get(), "chair term", p.base, "chairs", j);
      }
    }
  }

  private void otherNames(List<OtherName> names, Loc owner) {
    for (int j = 0; j < names.size(); j++) {
      sources(names.get(j).getSources(), owner.at("otherNames", j));
    }
  }

  /** An id of a process's own list {@code list} (groups, bodies, chair terms): unique in the process. */
  private void localId(Map<String, Integer> seen, String id, String kind, Loc process, String list, int i) {
    Integer first = seen.putIfAbsent(id, i);
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, process.at(list, i).at("id"), "kind", kind, "id", id,
          "first", process.at(list, first).pointer());
    }
  }

  private void figures(List<MigrationFigure> figures, Loc owner) {
    for (int f = 0; f < figures.size(); f++) {
      if (!areClean(figures.get(f).getSources())) {
        sources(figures.get(f).getSources(), owner.at("figures", f));
      }
    }
  }

  /** The parent of each organization resolves, and the parents run in no loop. */
  private void parents() {
    List<Organization> organizations = index.doc.getOrganizations();
    int n = organizations.size();
    for (int i = 0; i < n; i++) {
      Optional<String> parent = organizations.get(i).getParent();
      if (parent.isPresent()) {
        organization(parent.get(), Loc.ROOT.at("organizations", i), "parent");
      }
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
        current = index.parentIndex(organizations.get(current));
      }
      if (current >= 0 && state[current] == 1) {
        int from = 0;
        while (chain[from] != current) {
          from++;
        }
        int lowest = Integer.MAX_VALUE;
        StringBuilder loop = new StringBuilder();
        int members = length - from;
        for (int k = from; k < length; k++) {
          lowest = Math.min(lowest, chain[k]);
          // A message stays one readable line however long the loop: name the first few, count the rest.
          if (k - from < LOOP_IDS_SHOWN || members <= LOOP_IDS_SHOWN + 1) {
            loop.append(organizations.get(chain[k]).getId()).append(" → ");
          } else if (k - from == LOOP_IDS_SHOWN) {
            loop.append("… [").append(members).append("] → ");
          }
        }
        loop.append(organizations.get(current).getId());
        findings.report(RULE_REF_CYCLE, Loc.ROOT.at("organizations", lowest).at("parent"),
            "id", organizations.get(lowest).getId(), "loop", loop.toString());
      }
      for (int k = 0; k < length; k++) {
        state[chain[k]] = 2;
      }
    }
  }

  /** An entity id indexed in {@link DocumentIndex}: a duplicate of the first one. */
  private void firstOf(Map<String, Integer> firsts, String id, String kind, String list, int i) {
    Loc entity = Loc.ROOT.at(list, i);
    int first = firsts.get(id);
    if (first != i) {
      findings.report(RULE_ID_DUPLICATE, entity.at("id"), "kind", kind, "id", id,
          "first", Loc.ROOT.at(list, first).pointer());
    }
  }

  /** An entity id: a duplicate of an earlier one. */
  private void unique(Map<String, Integer> seen, String id, String kind, String list, int i) {
    Loc entity = Loc.ROOT.at(list, i);
    Integer first = seen.putIfAbsent(id, i);
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, entity.at("id"), "kind", kind, "id", id,
          "first", Loc.ROOT.at(list, first).pointer());
    }
  }

  /** The id of element {@code i} of the list {@code list} of process {@code process}, unique across the document. */
  private void uniqueAt(Map<String, int[]> seen, String id, String kind, int process, String list, int i) {
    int[] first = seen.putIfAbsent(id, new int[] {process, i});
    if (first != null) {
      findings.report(RULE_ID_DUPLICATE, Loc.ROOT.at("processes", process).at(list, i).at("id"), "kind", kind,
          "id", id, "first", Loc.ROOT.at("processes", first[0]).at(list, first[1]).pointer());
    }
  }

  /** The {@code sources} list of an owner: that each id names a source. */
  private void sources(List<String> ids, Loc owner) {
    if (!areClean(ids)) {
      references(ids, owner, "sources", index.sources, "source");
    }
  }

  /**
   * A list of ids at {@code owner/list}: that each names an entity of {@code kind}
   * among {@code known}.
   */
  private void references(List<String> ids, Loc owner, String list, Map<String, ?> known, String kind) {
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      if (!known.containsKey(id)) {
        findings.report(RULE_REF_UNRESOLVED, owner.at(list, k), "kind", kind, "id", id);
      }
    }
  }

  /** A reference to an organization at {@code owner/property}: that it resolves. */
  private void organization(String id, Loc owner, String property) {
    if (!index.organizations.containsKey(id)) {
      findings.report(RULE_REF_UNRESOLVED, owner.at(property), "kind", "organization", "id", id);
    }
  }

  /**
   * A State code at {@code owner/property}: of the right form it must be assigned (of the wrong form
   * it is a field.invalid only, which {@link FieldRules} reports).
   */
  private void stateCode(String code, Loc owner, String property) {
    if (FieldForms.isStateCode(code) && !StateCodes.isAssigned(code)) {
      findings.report(RULE_STATE_UNKNOWN_CODE, owner.at(property), "code", code);
    }
  }

  /** A participant that is element {@code i} of the list {@code property} of {@code owner}. */
  private void participant(Participant participant, Loc owner, String property, int i) {
    if (!isClean(participant)) {
      participantAt(participant, owner.at(property, i));
    }
  }

  /** A participant at {@code at} (exactly one of State and organization is present). */
  private void participantAt(Participant participant, Loc at) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      stateCode(state.get(), at, "state");
    } else {
      organization(participant.getOrganization().get(), at, "organization");
    }
  }

  /** Whether a participant has the right form and resolves: nothing to report about it. */
  private boolean isClean(Participant participant) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      return FieldForms.isStateCode(state.get()) && StateCodes.isAssigned(state.get());
    }
    return index.cleanOrganizationIds.contains(participant.getOrganization().get());
  }

  /** Whether a declaration's references all resolve. */
  private boolean isClean(Declaration declaration, ProcessIndex p) {
    if (!areClean(declaration.getSources())) {
      return false;
    }
    for (String framework : declaration.getFrameworks()) {
      if (!index.frameworks.containsKey(framework)) {
        return false;
      }
    }
    if (declaration.getMeeting().isPresent()
        && !p.meetingIndex.containsKey(declaration.getMeeting().get())) {
      return false;
    }
    for (Participant adopter : declaration.getAdopters()) {
      if (!isClean(adopter)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every source id of a list has the right form and resolves. */
  private boolean areClean(List<String> sourceIds) {
    for (int k = 0; k < sourceIds.size(); k++) {
      if (!index.cleanSourceIds.contains(sourceIds.get(k))) {
        return false;
      }
    }
    return true;
  }
}
