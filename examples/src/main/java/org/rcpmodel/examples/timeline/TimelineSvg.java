package org.rcpmodel.examples.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Meeting;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Draws a process's participations and chair terms on a time axis as a self-contained SVG picture.
 *
 * <p>Partial dates are drawn so that a reader sees the uncertainty: the part of a bar that surely
 * holds is solid; the stretch where a start or end may lie (all of 2016 for an end recorded as
 * {@code 2016}) is pale and hatched; an open end runs to the edge of the axis with an arrow; an unknown
 * start fades in from the left edge up to the date the record is known to hold.
 *
 * <p>Instances are immutable and thread-safe; rendering has no side effects.
 */
public final class TimelineSvg {

  private static final int LEFT = 170;
  private static final int RIGHT = 30;
  private static final int TOP = 60;
  private static final int ROW = 22;
  private static final int BAR = 14;
  private static final int WIDTH = 1000;

  private final LocalDate today;

  private TimelineSvg(LocalDate today) {
    this.today = today;
  }

  /**
   * A renderer that treats {@code today} as the present: open-ended records are drawn up to it and
   * beyond, towards the edge of the axis.
   *
   * @param today the present day; not null
   * @return the renderer
   * @throws NullPointerException if {@code today} is null
   */
  public static TimelineSvg asOf(LocalDate today) {
    return new TimelineSvg(Objects.requireNonNull(today, "today"));
  }

  /**
   * Renders a process.
   *
   * @param process the process; not null
   * @return the SVG document as text, UTF-8 safe, with every chair term as an element of class
   *     {@code chair-term} carrying {@code data-chair} and {@code data-period} attributes
   * @throws NullPointerException if {@code process} is null
   */
  public String render(ConsultativeProcess process) {
    Objects.requireNonNull(process, "process");
    Axis axis = Axis.covering(process, today);
    Map<String, List<Participation>> rows = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      for (Participation p : process.getParticipations()) {
        if (p.getRole() == role) {
          rows.computeIfAbsent(label(p.getParticipant()) + " · " + roleName(role), k -> new ArrayList<>()).add(p);
        }
      }
    }
    int chairRow = 0;
    int meetingRow = 1;
    int firstParticipationRow = 3;
    int height = TOP + (firstParticipationRow + rows.size()) * ROW + 70;

    StringBuilder svg = new StringBuilder(16_384);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n")
        .append("<title>").append(xml(process.getName())).append(" timeline</title>\n")
        .append("<defs>\n")
        .append("<pattern id=\"maybe\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a9bb0\" stroke-width=\"2\"/></pattern>\n")
        .append("<marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"6\" refY=\"4\" orient=\"auto\">"
            + "<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker>\n")
        .append("</defs>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("<text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"16\" font-weight=\"bold\">")
        .append(xml(process.getName())).append("</text>\n");
    drawAxis(svg, axis, height);

    rowLabel(svg, chairRow, "Chair");
    for (Chairmanship term : process.getChairs()) {
      String chairs = String.join(" + ", term.getChairs().stream().map(TimelineSvg::label).toList());
      svg.append("<g class=\"chair-term\" data-chair=\"").append(xml(chairs)).append("\" data-period=\"")
          .append(xml(term.getPeriod().toString())).append("\">");
      drawBar(svg, axis, chairRow, term.getPeriod(), Optional.empty(), "#c0392b", chairs);
      svg.append("</g>\n");
    }

    rowLabel(svg, meetingRow, "Meetings");
    for (Meeting meeting : process.getMeetings()) {
      drawMeeting(svg, axis, meetingRow, meeting);
    }

    int row = firstParticipationRow;
    for (Map.Entry<String, List<Participation>> entry : rows.entrySet()) {
      rowLabel(svg, row, entry.getKey());
      for (Participation p : entry.getValue()) {
        svg.append("<g class=\"participation\" data-participant=\"").append(xml(p.getParticipant().id()))
            .append("\" data-role=\"").append(p.getRole()).append("\">");
        drawBar(svg, axis, row, p.getPeriod().orElseGet(Period::unknown), p.getAsOf(), colour(p.getRole()), "");
        svg.append("</g>\n");
      }
      row++;
    }
    drawLegend(svg, height - 30);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void drawAxis(StringBuilder svg, Axis axis, int height) {
    for (int year = axis.from.getYear(); year <= axis.to.getYear(); year++) {
      double x = axis.x(LocalDate.of(year, 1, 1));
      if (x < LEFT || x > WIDTH - RIGHT) {
        continue;
      }
      svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 12).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(height - 50).append("\" stroke=\"#e3e3e3\"/>")
          .append("<text x=\"").append(fmt(x + 2)).append("\" y=\"").append(TOP - 16).append("\" fill=\"#666\">")
          .append(year).append("</text>\n");
    }
    double now = axis.x(today);
    svg.append("<line class=\"today\" x1=\"").append(fmt(now)).append("\" y1=\"").append(TOP - 12)
        .append("\" x2=\"").append(fmt(now)).append("\" y2=\"").append(height - 50)
        .append("\" stroke=\"#2c3e50\" stroke-dasharray=\"4 3\"/>")
        .append("<text x=\"").append(fmt(now - 3)).append("\" y=\"").append(height - 52)
        .append("\" text-anchor=\"end\" fill=\"#2c3e50\">as of ")
        .append(today).append("</text>\n");
  }

  private static void rowLabel(StringBuilder svg, int row, String text) {
    svg.append("<text x=\"8\" y=\"").append(TOP + row * ROW + BAR - 3).append("\">").append(xml(text)).append("</text>\n");
  }

  private void drawBar(StringBuilder svg, Axis axis, int row, Period period, Optional<PartialDate> heldOn,
      String colour, String label) {
    int y = TOP + row * ROW;
    Bound start = startBound(period, heldOn, axis);
    Bound end = endBound(period, heldOn, axis);
    if (start.latest.isAfter(end.earliest)) {
      // Nothing is sure: the whole stretch is a maybe.
      rect(svg, axis, start.earliest, end.latest, y, "url(#maybe)", colour, "maybe");
    } else {
      if (start.earliest.isBefore(start.latest)) {
        rect(svg, axis, start.earliest, start.latest, y, "url(#maybe)", colour, "maybe");
      }
      rect(svg, axis, start.latest, end.earliest, y, colour, colour, "sure");
      if (end.earliest.isBefore(end.latest)) {
        rect(svg, axis, end.earliest, end.latest, y, "url(#maybe)", colour, "maybe");
      }
    }
    if (period.getEndKind() == Period.BoundKind.OPEN) {
      double x = axis.x(end.latest);
      svg.append("<line x1=\"").append(fmt(x - 14)).append("\" y1=\"").append(y + BAR / 2).append("\" x2=\"")
          .append(fmt(x)).append("\" y2=\"").append(y + BAR / 2).append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
    }
    heldOn.ifPresent(day -> {
      // The one stretch a source vouches for, even when nothing else about the period is known.
      double x1 = axis.x(day.earliestDay());
      double x2 = Math.max(axis.x(day.latestDay().plusDays(1)), x1 + 3);
      svg.append("<rect class=\"held-on\" x=\"").append(fmt(x1)).append("\" y=\"").append(y).append("\" width=\"")
          .append(fmt(x2 - x1)).append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>");
    });
    if (!label.isEmpty()) {
      // Dark text with a white halo stays legible on solid and hatched stretches alike.
      svg.append("<text x=\"").append(fmt(axis.x(start.earliest) + 3)).append("\" y=\"").append(y + BAR - 3)
          .append("\" fill=\"#1b1b1b\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
              + " font-weight=\"bold\">").append(xml(label)).append("</text>");
    }
    svg.append("<title>").append(xml(period.toString())).append(heldOn.map(h -> " (known as of " + h + ")").orElse(""))
        .append("</title>");
  }

  private static void rect(StringBuilder svg, Axis axis, LocalDate from, LocalDate to, int y, String fill,
      String stroke, String cssClass) {
    double x1 = axis.x(from);
    double x2 = Math.max(axis.x(to.plusDays(1)), x1 + 1.5);
    svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(fmt(x1)).append("\" y=\"").append(y)
        .append("\" width=\"").append(fmt(x2 - x1)).append("\" height=\"").append(BAR).append("\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"")
        .append("maybe".equals(cssClass) ? " stroke-dasharray=\"3 2\"" : "").append("/>");
  }

  private void drawMeeting(StringBuilder svg, Axis axis, int row, Meeting meeting) {
    Period period = meeting.getPeriod();
    LocalDate day = period.getStart().map(PartialDate::earliestDay).orElse(today);
    double x = axis.x(day);
    double y = TOP + row * ROW + BAR / 2.0;
    svg.append("<g class=\"meeting\" data-meeting=\"").append(xml(meeting.getId())).append("\">")
        .append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y - 6)).append(" l6,6 l-6,6 l-6,-6 z\" fill=\"#2c3e50\"/>")
        .append("<title>").append(xml(meeting.getName().orElse(meeting.getId()))).append(", ")
        .append(xml(period.toString())).append(meeting.getCity().map(c -> ", " + xml(c)).orElse("")).append("</title>")
        .append("</g>\n");
  }

  private static void drawLegend(StringBuilder svg, int y) {
    svg.append("<g class=\"legend\">")
        .append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"30\" height=\"10\" fill=\"#7f8c8d\"/>")
        .append("<text x=\"").append(LEFT + 36).append("\" y=\"").append(y + 9).append("\">surely held</text>")
        .append("<rect x=\"").append(LEFT + 130).append("\" y=\"").append(y)
        .append("\" width=\"30\" height=\"10\" fill=\"url(#maybe)\" stroke=\"#7f8c8d\" stroke-dasharray=\"3 2\"/>")
        .append("<text x=\"").append(LEFT + 166).append("\" y=\"").append(y + 9)
        .append("\">may have held (the date is known only to the year or month, or not at all)</text>")
        .append("<rect x=\"").append(LEFT + 610).append("\" y=\"").append(y)
        .append("\" width=\"4\" height=\"10\" fill=\"#7f8c8d\"/>")
        .append("<text x=\"").append(LEFT + 620).append("\" y=\"").append(y + 9)
        .append("\">held on the date a source states it</text>")
        .append("</g>\n");
  }

  private record Bound(LocalDate earliest, LocalDate latest) {}

  private Bound startBound(Period period, Optional<PartialDate> heldOn, Axis axis) {
    switch (period.getStartKind()) {
      case KNOWN:
        PartialDate start = period.getStart().orElseThrow();
        return new Bound(start.earliestDay(), start.latestDay());
      case OPEN:
        return new Bound(axis.from, axis.from);
      default:
        LocalDate latest = heldOn.map(PartialDate::latestDay)
            .or(() -> period.getEnd().map(PartialDate::latestDay))
            .orElse(axis.to);
        return new Bound(axis.from, latest);
    }
  }

  private Bound endBound(Period period, Optional<PartialDate> heldOn, Axis axis) {
    switch (period.getEndKind()) {
      case KNOWN:
        PartialDate end = period.getEnd().orElseThrow();
        return new Bound(end.earliestDay(), end.latestDay());
      case OPEN:
        return new Bound(axis.to, axis.to);
      default:
        LocalDate earliest = heldOn.map(PartialDate::earliestDay)
            .or(() -> period.getStart().map(PartialDate::earliestDay))
            .orElse(axis.from);
        return new Bound(earliest, axis.to);
    }
  }

  private static final class Axis {
    final LocalDate from;
    final LocalDate to;
    final double daysSpan;

    private Axis(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      this.daysSpan = Math.max(1, ChronoUnit.DAYS.between(from, to));
    }

    static Axis covering(ConsultativeProcess process, LocalDate today) {
      LocalDate min = today;
      LocalDate max = today;
      List<PartialDate> dates = new ArrayList<>();
      process.getEstablished().ifPresent(dates::add);
      for (Participation p : process.getParticipations()) {
        p.getPeriod().ifPresent(period -> addEnds(period, dates));
        p.getAsOf().ifPresent(dates::add);
      }
      for (Chairmanship c : process.getChairs()) {
        addEnds(c.getPeriod(), dates);
      }
      for (Meeting m : process.getMeetings()) {
        addEnds(m.getPeriod(), dates);
      }
      for (PartialDate d : dates) {
        if (d.earliestDay().isBefore(min)) {
          min = d.earliestDay();
        }
        if (d.latestDay().isAfter(max)) {
          max = d.latestDay();
        }
      }
      return new Axis(LocalDate.of(min.getYear() - 1, 1, 1), LocalDate.of(max.getYear() + 2, 1, 1));
    }

    private static void addEnds(Period period, List<PartialDate> dates) {
      period.getStart().ifPresent(dates::add);
      period.getEnd().ifPresent(dates::add);
    }

    double x(LocalDate day) {
      double fraction = ChronoUnit.DAYS.between(from, day) / daysSpan;
      return LEFT + Math.max(0, Math.min(1, fraction)) * (WIDTH - LEFT - RIGHT);
    }
  }

  private static String label(Participant participant) {
    return participant.id();
  }

  private static String roleName(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String colour(Role role) {
    switch (role) {
      case MEMBER:
        return "#2471a3";
      case OBSERVER:
        return "#7d3c98";
      case CANDIDATE:
        return "#b9770e";
      case SECRETARIAT:
      case SUPPORT_UNIT:
        return "#1e8449";
      default:
        return "#7f8c8d";
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Escapes text for XML content and attribute values.
   *
   * <p>The result holds only characters XML 1.0 allows and is always encodable as UTF-8: markup
   * characters become entity references; a surrogate is kept only as part of a complete high + low
   * pair (a supplementary character); a lone surrogate, a control character other than tab, line feed
   * and carriage return, and U+FFFE and U+FFFF each become U+FFFD.
   *
   * @param text the text; not null
   * @return the escaped text
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
            out.append(allowed ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }
}
