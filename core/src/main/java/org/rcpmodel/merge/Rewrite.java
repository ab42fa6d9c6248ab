package org.rcpmodel.merge;

import java.util.List;
import org.rcpmodel.BodyMember;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.CompleteList;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.OtherName;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Statement;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Classification;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Source;
import org.rcpmodel.State;

/** Renames ids throughout one input document: the records that carry them and every reference. */
final class Rewrite {

  private Rewrite() {}

  static Document document(Document d, DocumentMerge.IdMap ids) {
    Document.Builder b = Document.builder().from(d);
    b.sources(d.getSources().stream().map(s -> Source.builder().from(s)
        .id(DocumentMerge.IdMap.map(ids.sources, s.getId()))
        .supersedes(s.getSupersedes().map(old -> DocumentMerge.IdMap.map(ids.sources, old))).build()).toList());
    b.states(d.getStates().stream().map(s -> State.builder().from(s).sources(ids.sources(s.getSources())).build())
        .toList());
    b.organizations(d.getOrganizations().stream().map(o -> Organization.builder().from(o)
        .id(DocumentMerge.IdMap.map(ids.organizations, o.getId()))
        .parent(o.getParent().map(p -> DocumentMerge.IdMap.map(ids.organizations, p)))
        .figures(o.getFigures().stream().map(f -> figure(f, ids)).toList())
        .otherNames(otherNames(o.getOtherNames(), ids))
        .sources(ids.sources(o.getSources())).build()).toList());
    b.frameworks(d.getFrameworks().stream().map(f -> Framework.builder().from(f)
        .id(DocumentMerge.IdMap.map(ids.frameworks, f.getId())).sources(ids.sources(f.getSources())).build()).toList());
    b.processes(d.getProcesses().stream().map(p -> process(p, ids)).toList());
    b.people(d.getPeople().stream().map(p -> Person.builder().from(p)
        .id(DocumentMerge.IdMap.map(ids.people, p.getId()))
        .posts(p.getPosts().stream().map(post -> Post.builder().from(post)
            .organization(post.getOrganization().map(o -> DocumentMerge.IdMap.map(ids.organizations, o)))
            .process(post.getProcess().map(q -> DocumentMerge.IdMap.map(ids.processes, q)))
            .sources(ids.sources(post.getSources())).build()).toList())
        .sources(ids.sources(p.getSources())).build()).toList());
    return b.build();
  }

  private static MigrationFigure figure(MigrationFigure f, DocumentMerge.IdMap ids) {
    return MigrationFigure.builder().from(f).sources(ids.sources(f.getSources())).build();
  }

  private static ConsultativeProcess process(ConsultativeProcess p, DocumentMerge.IdMap ids) {
    return ConsultativeProcess.builder().from(p)
        .id(DocumentMerge.IdMap.map(ids.processes, p.getId()))
        .classifications(p.getClassifications().stream().map(c -> Classification.builder().from(c)
            .sources(ids.sources(c.getSources())).build()).toList())
        .participations(p.getParticipations().stream().map(x -> Participation.builder().from(x)
            .participant(ids.participant(x.getParticipant())).sources(ids.sources(x.getSources())).build()).toList())
        .chairs(p.getChairs().stream().map(c -> Chairmanship.builder().from(c)
            .chairs(ids.participants(c.getChairs())).coChair(c.getCoChair().map(ids::participant))
            .sources(ids.sources(c.getSources())).build()).toList())
        .meetings(p.getMeetings().stream().map(m -> Meeting.builder().from(m)
            .sources(ids.sources(m.getSources())).build()).toList())
        .declarations(p.getDeclarations().stream().map(d -> Declaration.builder().from(d)
            .adopters(ids.participants(d.getAdopters())).frameworks(ids.frameworks(d.getFrameworks()))
            .sources(ids.sources(d.getSources())).build()).toList())
        .figures(p.getFigures().stream().map(f -> figure(f, ids)).toList())
        .frameworks(ids.frameworks(p.getFrameworks()))
        .sources(ids.sources(p.getSources()))
        // Format 1.1: the records it adds cite sources and name organizations too.
        .otherNames(otherNames(p.getOtherNames(), ids))
        .statements(p.getStatements().stream().map(x -> Statement.builder().from(x)
            .sources(ids.sources(x.getSources())).build()).toList())
        .chairingRule(ChairingRule.builder().from(p.getChairingRule())
            .sources(ids.sources(p.getChairingRule().getSources())).build())
        .participantCounts(p.getParticipantCounts().stream().map(x -> ParticipantCount.builder().from(x)
            .sources(ids.sources(x.getSources())).build()).toList())
        .groups(p.getGroups().stream().map(g -> ParticipantGroup.builder().from(g)
            .membersOf(g.getMembersOf().map(o -> DocumentMerge.IdMap.map(ids.organizations, o)))
            .members(ids.participants(g.getMembers())).sources(ids.sources(g.getSources())).build()).toList())
        .completeLists(p.getCompleteLists().stream().map(x -> CompleteList.builder().from(x)
            .sources(ids.sources(x.getSources())).build()).toList())
        .secretariats(p.getSecretariats().stream().map(x -> Secretariat.builder().from(x)
            .performers(ids.participants(x.getPerformers())).sources(ids.sources(x.getSources())).build()).toList())
        .bodies(p.getBodies().stream().map(x -> GovernanceBody.builder().from(x)
            .members(x.getMembers().stream().map(m -> BodyMember.builder().from(m)
                .participant(ids.participant(m.getParticipant())).sources(ids.sources(m.getSources())).build()).toList())
            .sources(ids.sources(x.getSources())).build()).toList())
        .build();
  }

  private static List<OtherName> otherNames(List<OtherName> names, DocumentMerge.IdMap ids) {
    return names.stream().map(n -> (OtherName) OtherName.builder().from(n).sources(ids.sources(n.getSources())).build())
        .toList();
  }
}
