package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_REF_UNRESOLVED;

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
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;

/**
 * The reference rules: a reference must name an entity of the document ({@code ref.unresolved}), and
 * a State code of the right form must be assigned ({@code state.unknown-code}). The form of ids and
 * codes is a field constraint ({@code @Pattern} on the model), which {@link FieldRules} checks; a
 * code of the wrong form is therefore not also reported as unknown. That ids are unique is
 * {@link IdRules}', and that organizations' parents run in no loop {@link ParentLoopRules}'.
 *
 * <p>Format 1.1 adds references of its own ({@link #formatOneOne}, {@link #formatOneOneProcess}): a
 * source's {@code supersedes}, a group's {@code membersOf} and members, a secretariat's performers,
 * body and host, a body's members, the chairing rule's rotation groups, and a post's process and
 * chair term.
 */
final class ReferenceRules {

  /** The message of a declaration's meeting that is a meeting of another process. */
  static final String OTHER_PROCESS_KEY = "org.rcpmodel.rule.ref.unresolved.other-process";

  private final DocumentIndex index;
  private final Findings findings;
  private final ReferenceChecks refs;

  ReferenceRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
    this.refs = new ReferenceChecks(index, findings);
  }

  /** The references of the records outside processes. */
  void document() {
    Document doc = index.doc;
    parents();
    for (int i = 0; i < doc.getStates().size(); i++) {
      State s = doc.getStates().get(i);
      Loc at = Loc.ROOT.at("states", i);
      refs.stateCode(s.getCode(), at, "code");
      refs.sources(s.getSources(), at);
    }
    for (int i = 0; i < doc.getOrganizations().size(); i++) {
      Organization o = doc.getOrganizations().get(i);
      Loc at = Loc.ROOT.at("organizations", i);
      refs.sources(o.getSources(), at);
      figures(o.getFigures(), at);
    }
    for (int i = 0; i < doc.getFrameworks().size(); i++) {
      refs.sources(doc.getFrameworks().get(i).getSources(), Loc.ROOT.at("frameworks", i));
    }
    for (int i = 0; i < doc.getPeople().size(); i++) {
      Person person = doc.getPeople().get(i);
      Loc owner = Loc.ROOT.at("people", i);
      refs.sources(person.getSources(), owner);
      for (int j = 0; j < person.getPosts().size(); j++) {
        Post post = person.getPosts().get(j);
        Loc at = owner.at("posts", j);
        if (post.getOrganization().isPresent()) {
          refs.organization(post.getOrganization().get(), at, "organization");
        }
        if (post.getState().isPresent()) {
          refs.stateCode(post.getState().get(), at, "state");
        }
        refs.sources(post.getSources(), at);
      }
    }
    formatOneOne();
  }

  /** The references of one process and its records. */
  void process(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    refs.sources(process.getSources(), p.base);
    refs.references(process.getFrameworks(), p.base, "frameworks", index.frameworks, "framework");
    for (int c = 0; c < process.getClassifications().size(); c++) {
      refs.sources(process.getClassifications().get(c).getSources(), p.base.at("classifications", c));
    }
    List<Participation> participations = p.participations;
    for (int i = 0; i < participations.size(); i++) {
      Participation record = participations.get(i);
      // Most records are clean: their place is built only for a finding.
      if (!refs.isClean(record.getParticipant())) {
        refs.participantAt(record.getParticipant(), p.at("participations", i).at("participant"));
      }
      if (!refs.areClean(record.getSources())) {
        refs.sources(record.getSources(), p.at("participations", i));
      }
    }
    List<Chairmanship> chairs = process.getChairs();
    for (int j = 0; j < chairs.size(); j++) {
      Chairmanship chair = chairs.get(j);
      // Most terms are clean: their place is built only for a finding.
      boolean clean = refs.areClean(chair.getSources())
          && (chair.getCoChair().isEmpty() || refs.isClean(chair.getCoChair().get()));
      for (int k = 0; clean && k < chair.getChairs().size(); k++) {
        clean = refs.isClean(chair.getChairs().get(k));
      }
      if (clean) {
        continue;
      }
      Loc at = p.at("chairs", j);
      refs.sources(chair.getSources(), at);
      for (int k = 0; k < chair.getChairs().size(); k++) {
        refs.participant(chair.getChairs().get(k), at, "chairs", k);
      }
      if (chair.getCoChair().isPresent()) {
        refs.participantAt(chair.getCoChair().get(), at.at("coChair"));
      }
    }
    List<Meeting> meetings = process.getMeetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Optional<String> host = meeting.getHost();
      if (!refs.areClean(meeting.getSources())
          || host.isPresent() && !(FieldForms.isStateCode(host.get()) && StateCodes.isAssigned(host.get()))) {
        Loc at = p.at("meetings", m);
        refs.sources(meeting.getSources(), at);
        if (host.isPresent()) {
          refs.stateCode(host.get(), at, "host");
        }
      }
    }
    List<Declaration> declarations = process.getDeclarations();
    for (int d = 0; d < declarations.size(); d++) {
      Declaration declaration = declarations.get(d);
      if (refs.isClean(declaration, p)) {
        continue; // most declarations are: their place is built only for a finding
      }
      Loc at = p.at("declarations", d);
      refs.sources(declaration.getSources(), at);
      refs.references(declaration.getFrameworks(), at, "frameworks", index.frameworks, "framework");
      if (declaration.getMeeting().isPresent()) {
        String meeting = declaration.getMeeting().get();
        if (!p.meetingIndex.containsKey(meeting)) {
          Integer other = index.meetingProcess.get(meeting);
          if (other == null) {
            findings.report(RULE_REF_UNRESOLVED, at.at("meeting"), "kind", Phrase.kind("meeting"), "id", meeting);
          } else {
            // A declaration is adopted at a meeting of its own process.
            findings.reportWithKey(RULE_REF_UNRESOLVED, OTHER_PROCESS_KEY, at.at("meeting"), "kind", Phrase.kind("meeting"),
                "id", meeting, "process", index.doc.getProcesses().get(other).getId());
          }
        }
      }
      for (int k = 0; k < declaration.getAdopters().size(); k++) {
        refs.participant(declaration.getAdopters().get(k), at, "adopters", k);
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
          findings.report(RULE_REF_UNRESOLVED, at.at("supersedes"), "kind", Phrase.kind("source"), "id", supersedes.get());
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
            findings.report(RULE_REF_UNRESOLVED, at.at("process"), "kind", Phrase.kind("process"), "id", post.getProcess().get());
          }
        }
        if (post.getChairTerm().isPresent()) {
          String term = post.getChairTerm().get();
          // A chair term is named within its process: without a process that resolves, it names nothing.
          if (process == null || !hasChairTerm(doc.getProcesses().get(process).getChairs(), term)) {
            findings.report(RULE_REF_UNRESOLVED, at.at("chairTerm"), "kind", Phrase.kind("chair term"), "id", term);
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

  /** The 1.1 references of one process. */
  private void formatOneOneProcess(ProcessIndex p) {
    ConsultativeProcess process = p.process;
    otherNames(process.getOtherNames(), p.base);
    for (int i = 0; i < process.getStatements().size(); i++) {
      refs.sources(process.getStatements().get(i).getSources(), p.at("statements", i));
    }
    List<ParticipantGroup> groups = process.getGroups();
    Map<String, Integer> groupIds = new HashMap<>(DocumentIndex.capacity(groups.size()));
    for (int i = 0; i < groups.size(); i++) {
      ParticipantGroup group = groups.get(i);
      Loc at = p.at("groups", i);
      groupIds.putIfAbsent(group.getId(), i);
      if (group.getMembersOf().isPresent()) {
        refs.organization(group.getMembersOf().get(), at, "membersOf");
      }
      for (int k = 0; k < group.getMembers().size(); k++) {
        refs.participant(group.getMembers().get(k), at, "members", k);
      }
      refs.sources(group.getSources(), at);
    }
    ChairingRule rule = process.getChairingRule();
    refs.references(rule.getRotationGroups(), p.base.at("chairingRule"), "rotationGroups", groupIds, "group");
    refs.sources(rule.getSources(), p.base.at("chairingRule"));
    for (int i = 0; i < process.getParticipantCounts().size(); i++) {
      refs.sources(process.getParticipantCounts().get(i).getSources(), p.at("participantCounts", i));
    }
    for (int i = 0; i < process.getCompleteLists().size(); i++) {
      refs.sources(process.getCompleteLists().get(i).getSources(), p.at("completeLists", i));
    }
    List<GovernanceBody> bodies = process.getBodies();
    Map<String, Integer> bodyIds = new HashMap<>(DocumentIndex.capacity(bodies.size()));
    for (int i = 0; i < bodies.size(); i++) {
      GovernanceBody body = bodies.get(i);
      Loc at = p.at("bodies", i);
      bodyIds.putIfAbsent(body.getId(), i);
      for (int k = 0; k < body.getMembers().size(); k++) {
        BodyMember member = body.getMembers().get(k);
        Loc memberAt = at.at("members", k);
        if (!refs.isClean(member.getParticipant())) {
          refs.participantAt(member.getParticipant(), memberAt.at("participant"));
        }
        refs.sources(member.getSources(), memberAt);
      }
      refs.sources(body.getSources(), at);
    }
    for (int i = 0; i < process.getSecretariats().size(); i++) {
      Secretariat secretariat = process.getSecretariats().get(i);
      Loc at = p.at("secretariats", i);
      for (int k = 0; k < secretariat.getPerformers().size(); k++) {
        refs.participant(secretariat.getPerformers().get(k), at, "performers", k);
      }
      if (secretariat.getBody().isPresent()) {
        String body = secretariat.getBody().get();
        if (!bodyIds.containsKey(body)) {
          findings.report(RULE_REF_UNRESOLVED, at.at("body"), "kind", Phrase.kind("body"), "id", body);
        }
      }
      if (secretariat.getHost().isPresent()) {
        refs.stateCode(secretariat.getHost().get(), at, "host");
      }
      refs.sources(secretariat.getSources(), at);
    }
  }

  private void otherNames(List<OtherName> names, Loc owner) {
    for (int j = 0; j < names.size(); j++) {
      refs.sources(names.get(j).getSources(), owner.at("otherNames", j));
    }
  }

  private void figures(List<MigrationFigure> figures, Loc owner) {
    for (int f = 0; f < figures.size(); f++) {
      if (!refs.areClean(figures.get(f).getSources())) {
        refs.sources(figures.get(f).getSources(), owner.at("figures", f));
      }
    }
  }

  /** The parent of each organization resolves (whether the parents run in a loop is {@link ParentLoopRules}'). */
  private void parents() {
    List<Organization> organizations = index.doc.getOrganizations();
    for (int i = 0; i < organizations.size(); i++) {
      Optional<String> parent = organizations.get(i).getParent();
      if (parent.isPresent()) {
        refs.organization(parent.get(), Loc.ROOT.at("organizations", i), "parent");
      }
    }
  }
}
