package org.rcpmodel.examples.timeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.examples.DocumentNames;
import org.rcpmodel.examples.Markup;
import org.rcpmodel.examples.Wording;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Precision;
import org.rcpmodel.time.Span;

/**
 * Draws a process as people read member timelines and Gantt charts, as a self-contained SVG picture:
 * labelled milestones (establishment, meetings by name, declarations by title) at the top, a labelled
 * chair band, then one row per participant by name, whose bar changes colour with its role, and a
 * legend for every mark.
 *
 * <p>Uncertainty is drawn as the records allow, never more surely: the part of a record that holds
 * in every reading of its dates is solid; where a start or end may lie (all of 2016 for an end recorded
 * as {@code 2016}), or where nothing is known, the bar is hatched in its colour. Nothing is drawn before
 * the process's establishment, and every record is at most "maybe" after the records' as-of date (the
 * document's {@code asOf}, never the machine clock): the dashed as-of line marks it. A hand-over inside
 * one shared unit (a term ending in 2016, the next starting in 2016) is drawn as one unit split on its
 * diagonal between the two, not as two bars on top of each other. An open end runs to the edge with an
 * arrow; a tick marks the date a source states a record held on.
 *
 * <p>The picture is as wide as its span (a fixed width per year) and is written as a stream: the
 * memory it needs beyond the process grows with the number of participants and milestones, never with
 * the text of the picture.
 *
 * <p>Instances are immutable and thread-safe; rendering has no side effects other than writing.
 */
public final class TimelineSvg {

  /** Width of one year on the axis, in pixels. */
  static final double PX_PER_YEAR = 64;
  private static final double PX_PER_DAY = PX_PER_YEAR / 365.2425;
  private static final int RIGHT = 24;
  private static final int ROW = 22;
  private static final int BAR = 14;
  private static final int CHAIR_BAR = 18;
  private static final int MILESTONE_LANE = 16;
  private static final int MAX_MILESTONE_LANES = 8;
  private static final int LEGEND_LINE = 18;
  /** Estimated advance of one character of the 11 px sans-serif text, generous so labels do not collide. */
  private static final double CHAR = 6.6;
  /** The legend's text is measured more closely, so that its items pack without gaps. */
  private static final double LEGEND_CHAR = 5.8;
  private static final double LEGEND_COLUMN = 240;
  private static final int MIN_LEFT = 96;
  private static final int MAX_LEFT = 240;
  private static final int MAX_LABEL_CHARS = 34;

  private static final String[] CHAIR_TONES = {"#a93226", "#dc7633"};

  private final PartialDate asOf;
  private final DocumentNames names;
  private final PartialDate from;
  private final PartialDate to;

  private TimelineSvg(PartialDate asOf, DocumentNames names, PartialDate from, PartialDate to) {
    this.asOf = asOf;
    this.names = names;
    this.from = from;
    this.to = to;
  }

  /**
   * A renderer for records known as of {@code asOf}, naming participants by their codes and ids.
   *
   * @param asOf the date the records are known as of: after it every record is at most "maybe"; not null
   * @return the renderer
   * @throws NullPointerException if {@code asOf} is null
   */
  public static TimelineSvg asOf(LocalDate asOf) {
    return new TimelineSvg(PartialDate.of(Objects.requireNonNull(asOf, "asOf")), DocumentNames.none(), null, null);
  }

  /**
   * A renderer for the processes of {@code document}: participants named as the document names them on
   * its as-of date, records known as of that date. A document without an as-of date is taken as known
   * up to the latest date it records, and the picture says so.
   *
   * @param document the document the processes come from; not null
   * @return the renderer
   * @throws NullPointerException if {@code document} is null
   */
  public static TimelineSvg of(Document document) {
    Objects.requireNonNull(document, "document");
    return new TimelineSvg(document.getAsOf().orElse(null), DocumentNames.of(document), null, null);
  }

  /**
   * A copy that starts its axis at the first day of {@code from} (records before it are cut off there).
   *
   * @param from the first date shown, or null for the earliest date recorded
   * @return the renderer
   */
  public TimelineSvg from(PartialDate from) {
    return new TimelineSvg(asOf, names, from, to);
  }

  /**
   * A copy that ends its axis after the last day of {@code to}.
   *
   * @param to the last date shown, or null for a year after the latest date recorded
   * @return the renderer
   */
  public TimelineSvg to(PartialDate to) {
    return new TimelineSvg(asOf, names, from, to);
  }

  /**
   * Renders a process into a string: for small pictures and tests; {@link #write} streams.
   *
   * @param process the process; not null
   * @return the SVG document, UTF-8 safe, as {@link #write} writes it
   * @throws NullPointerException if {@code process} is null
   * @throws IllegalArgumentException if the axis ends before it starts (see {@link #write})
   */
  public String render(ConsultativeProcess process) {
    StringWriter text = new StringWriter(16_384);
    try {
      write(process, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes a process's picture to {@code out} as an SVG document (with its XML declaration), every
   * piece of document text escaped. Each chair term is an element of class {@code chair-term} with
   * {@code data-chair} (the chairs' codes or ids joined by {@code " + "}) and {@code data-period};
   * each participation one of class {@code participation} with {@code data-participant} and
   * {@code data-role}; each meeting one of class {@code meeting} with {@code data-meeting}; each
   * declaration one of class {@code declaration}; the establishment one of class {@code establishment};
   * the as-of line one of class {@code as-of}. Does not close or flush {@code out}.
   *
   * @param process the process; not null
   * @param out where the picture goes; not null
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the chosen {@code from} lies after the chosen {@code to}
   */
  public void write(ConsultativeProcess process, Writer out) throws IOException {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(out, "out");
    try {
      new Drawing(process, out).draw(true);
    } catch (UncheckedIOException e) {
      // A write inside a lambda fails as UncheckedIOException; the caller sees the writer's own failure.
      throw e.getCause();
    }
  }

  /**
   * Writes a process's picture as {@link #write} does but without the XML declaration: an {@code svg}
   * element to embed in an HTML page.
   *
   * @param process the process; not null
   * @param out where the picture goes; not null
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the chosen {@code from} lies after the chosen {@code to}
   */
  public void writeElement(ConsultativeProcess process, Writer out) throws IOException {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(out, "out");
    try {
      new Drawing(process, out).draw(false);
    } catch (UncheckedIOException e) {
      // A write inside a lambda fails as UncheckedIOException; the caller sees the writer's own failure.
      throw e.getCause();
    }
  }

  /** One drawing: the layout computed from the process, then written in one pass. */
  private final class Drawing {
    private final ConsultativeProcess process;
    private final Writer w;
    private final PartialDate knownAsOf;
    private final boolean asOfFromDocument;
    private final PartialDate nameDate;
    private final long axisFrom;
    private final long axisEnd;
    private final long windowFrom;
    private final int left;
    private final int width;
    private final List<Row> rows = new ArrayList<>();
    private final List<Bar> chairBars = new ArrayList<>();
    private int chairLanes;
    private final List<Milestone> milestones = new ArrayList<>();
    private int milestoneLanes;
    private int omittedLabels;
    private final List<LegendItem> legend = new ArrayList<>();
    private int legendLines;
    /** Where the stretch drawn last of the current bar ends, so that widened stretches never overlap. */
    private double cursor;

    Drawing(ConsultativeProcess process, Writer w) {
      this.process = process;
      this.w = w;
      PartialDate latest = latestDate(process);
      this.asOfFromDocument = asOf != null;
      this.knownAsOf = asOf != null ? asOf : latest;
      this.nameDate = knownAsOf != null ? knownAsOf : PartialDate.ofYear(2000);
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (PartialDate d : dates(process)) {
        min = Math.min(min, d.earliestDay().toEpochDay());
        max = Math.max(max, d.latestDay().toEpochDay());
      }
      if (knownAsOf != null) {
        min = Math.min(min, knownAsOf.earliestDay().toEpochDay());
        max = Math.max(max, knownAsOf.latestDay().toEpochDay());
      }
      if (min == Long.MAX_VALUE) {
        min = LocalDate.of(2000, 1, 1).toEpochDay();
        max = min;
      }
      long start = from != null ? from.earliestDay().toEpochDay() : LocalDate.ofEpochDay(min).withDayOfYear(1).toEpochDay();
      long end = to != null ? to.latestDay().toEpochDay() + 1
          : LocalDate.ofEpochDay(max).withDayOfYear(1).plusYears(2).toEpochDay();
      if (end <= start) {
        throw new IllegalArgumentException("the timeline would end (" + LocalDate.ofEpochDay(end - 1)
            + ") before it starts (" + LocalDate.ofEpochDay(start) + ")");
      }
      this.axisFrom = start;
      this.axisEnd = end;
      this.windowFrom = Math.max(axisFrom, process.getEstablished().map(d -> d.earliestDay().toEpochDay()).orElse(Long.MIN_VALUE));

      Map<Participant, Row> byParticipant = new LinkedHashMap<>();
      for (Participation p : process.getParticipations()) {
        byParticipant.computeIfAbsent(p.getParticipant(), k -> new Row(k, names.name(k, nameDate)))
            .add(new Bar(p.span(), p, colourKey(p.getRole())));
      }
      rows.addAll(byParticipant.values());
      for (Row row : rows) {
        row.lanes = assignLanes(row.bars);
      }
      java.text.Collator collator = java.text.Collator.getInstance(Locale.ROOT);
      rows.sort(Comparator.comparingInt((Row r) -> r.rank).thenComparingLong(r -> r.earliest)
          .thenComparing(r -> r.label, collator));
      int longest = 5;
      for (Row row : rows) {
        longest = Math.max(longest, Math.min(MAX_LABEL_CHARS, row.label.length()));
      }
      this.left = (int) Math.max(MIN_LEFT, Math.min(MAX_LEFT, 16 + longest * CHAR));
      int plotWidth = (int) Math.ceil((axisEnd - axisFrom) * PX_PER_DAY);
      int widthNeeded = left + plotWidth + RIGHT;

      int tone = 0;
      for (Chairmanship term : process.getChairs()) {
        chairBars.add(new Bar(Span.of(term.getPeriod()), term, "chair-" + (tone++ % 2)));
      }
      chairLanes = Math.max(1, assignLanes(chairBars));

      placeMilestones();
      this.width = Math.max(widthNeeded, 640);
      buildLegend();
    }

    // ---- layout -------------------------------------------------------------------------------

    private int assignLanes(List<Bar> bars) {
      List<Bar> sorted = new ArrayList<>(bars);
      sorted.sort(Comparator.comparing((Bar b) -> b.span, Span.BY_EARLIEST_START.thenComparing(Span.BY_LATEST_END)));
      List<Bar> last = new ArrayList<>();
      for (Bar bar : sorted) {
        int lane = -1;
        for (int i = 0; i < last.size() && lane < 0; i++) {
          Bar previous = last.get(i);
          if (handsOver(previous, bar)) {
            previous.handOut = true;
            bar.handIn = true;
            lane = i;
          } else if (previous.drawEnd() < bar.drawStart()) {
            lane = i;
          }
        }
        if (lane < 0) {
          last.add(bar);
          lane = last.size() - 1;
        } else {
          last.set(lane, bar);
        }
        bar.lane = lane;
      }
      return last.size();
    }

    /** A hand-over inside one shared unit, as {@link Span} reads it: the end of one is the start of the next. */
    private boolean handsOver(Bar before, Bar after) {
      Period a = before.span.getPeriod();
      Period b = after.span.getPeriod();
      if (a.getEndKind() != Period.BoundKind.KNOWN || b.getStartKind() != Period.BoundKind.KNOWN) {
        return false;
      }
      PartialDate shared = a.getEnd().orElseThrow();
      boolean bothOneUnit = a.getStart().equals(a.getEnd()) && b.getStart().equals(b.getEnd());
      return shared.equals(b.getStart().orElseThrow()) && !bothOneUnit
          && before.span.isSatisfiable() && after.span.isSatisfiable();
    }

    private void placeMilestones() {
      process.getEstablished().ifPresent(d -> milestones.add(new Milestone("establishment", d,
          "established " + d, "Established " + d, null)));
      for (Meeting m : process.getMeetings()) {
        Optional<PartialDate> day = m.getPeriod().getStart().or(() -> m.getPeriod().getEnd());
        String name = m.getName().orElse(m.getId()) + m.getCity().map(c -> ", " + c).orElse("");
        milestones.add(new Milestone("meeting", day.orElse(null), name,
            name + " (" + Wording.level(m.getLevel()) + "), " + m.getPeriod()
                + m.getHost().map(h -> ", hosted by " + names.stateName(h, nameDate)).orElse(""), m.getId()));
      }
      for (Declaration d : process.getDeclarations()) {
        milestones.add(new Milestone("declaration", d.getAdopted(), d.getTitle(),
            d.getTitle() + ", adopted " + d.getAdopted(), d.getId()));
      }
      milestones.sort(Comparator.comparingLong(m -> m.date == null ? Long.MAX_VALUE : m.date.earliestDay().toEpochDay()));
      List<Double> laneRight = new ArrayList<>();
      double plotRight = left + (axisEnd - axisFrom) * PX_PER_DAY;
      for (Milestone m : milestones) {
        if (m.date == null || m.date.latestDay().toEpochDay() < axisFrom || m.date.earliestDay().toEpochDay() >= axisEnd) {
          continue;
        }
        double x = x(m.date.earliestDay().toEpochDay());
        double textWidth = textWidth(m.label);
        double rangeEnd = Math.max(x + 9, m.date.getPrecision() == Precision.DAY ? 0
            : x(Math.min(axisEnd, m.date.latestDay().toEpochDay() + 1)) + 4);
        m.labelLeft = rangeEnd + textWidth > plotRight + RIGHT;
        double lo = m.labelLeft ? x - 10 - textWidth : x - 7;
        double hi = m.labelLeft ? rangeEnd : rangeEnd + 1 + textWidth;
        for (int lane = 0; lane < MAX_MILESTONE_LANES; lane++) {
          if (lane == laneRight.size()) {
            laneRight.add(Double.NEGATIVE_INFINITY);
          }
          if (laneRight.get(lane) < lo) {
            laneRight.set(lane, hi);
            m.lane = lane;
            break;
          }
        }
        if (m.lane < 0) {
          m.lane = 0;
          m.labelOmitted = true;
          omittedLabels++;
        }
      }
      milestoneLanes = laneRight.size();
    }

    private void buildLegend() {
      Set<Role> present = EnumSet.noneOf(Role.class);
      for (Participation p : process.getParticipations()) {
        present.add(p.getRole());
      }
      for (Role role : present) {
        legend.add(new LegendItem("swatch:" + colourKey(role), Wording.role(role)));
      }
      legend.add(new LegendItem("swatch:chair-0", "chair term, labelled with its chair (shades alternate)"));
      legend.add(new LegendItem("sure", "held in every reading of the dates"));
      legend.add(new LegendItem("maybe", "may have held: a date known only to the year or month, not known,"
          + " or after the as-of date"));
      legend.add(new LegendItem("hand-over", "hand-over some time in this year or month"));
      legend.add(new LegendItem("arrow", "no end recorded"));
      legend.add(new LegendItem("held-on", "a source says it held on this date"));
      legend.add(new LegendItem("as-of", knownAsOf == null ? "no dates recorded"
          : (asOfFromDocument ? "as of " + knownAsOf + ", the records' date" : "latest recorded date " + knownAsOf
              + " (the document gives no as-of date)") + ": later is at most maybe"));
      if (process.getEstablished().isPresent()) {
        legend.add(new LegendItem("before", "before the process was established: no participation or chair records drawn (earlier meetings and declarations are)"));
      }
      legend.add(new LegendItem("mark:establishment", "establishment"));
      legend.add(new LegendItem("mark:meeting", "meeting or conference"));
      legend.add(new LegendItem("mark:declaration", "declaration adopted"));
      legend.add(new LegendItem("range", "date known only to the year or month: where it may lie"));
      if (omittedLabels > 0) {
        legend.add(new LegendItem("none", omittedLabels + " milestone labels left out for space (hover for names)"));
      }
      // A grid of equal columns, an item spanning as many as its text needs, so that the legend reads in columns.
      double available = width - RIGHT - left;
      int columns = (int) Math.max(1, Math.floor(available / LEGEND_COLUMN));
      double columnWidth = available / columns;
      int column = 0;
      int line = 0;
      for (LegendItem item : legend) {
        double itemWidth = 32 + Math.min(item.text.length(), 200) * LEGEND_CHAR + 12;
        int span = (int) Math.min(columns, Math.ceil(itemWidth / columnWidth));
        if (column + span > columns) {
          line++;
          column = 0;
        }
        item.x = left + column * columnWidth;
        item.line = line;
        column += span;
      }
      legendLines = line + 1;
    }

    // ---- writing ------------------------------------------------------------------------------

    void draw(boolean declaration) throws IOException {
      int headerBottom = 62;
      int axisLabelY = headerBottom + 12;
      int plotTop = axisLabelY + 8;
      int milestoneTop = plotTop + 4;
      int chairTop = milestoneTop + milestoneLanes * MILESTONE_LANE + (milestoneLanes > 0 ? 8 : 0);
      int chairHeight = chairLanes * (CHAIR_BAR + 4);
      int rowsTop = chairTop + chairHeight + 10;
      int plotBottom = rowsTop + rows.size() * ROW + 4;
      int legendTop = plotBottom + 30;
      int height = legendTop + legendLines * LEGEND_LINE + 8;
      double plotRight = x(axisEnd);

      if (declaration) {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      }
      w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
          + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"sans-serif\" font-size=\"11\">\n");
      w.write("<title>" + xml(process.getName()) + " timeline</title>\n");
      defs();
      w.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
      w.write("<text x=\"8\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" + xml(process.getName()) + "</text>\n");
      w.write("<text x=\"8\" y=\"44\" fill=\"#444\">" + xml(subtitle()) + "</text>\n");

      // Shaded stretches first, so that everything else is drawn over them.
      if (windowFrom > axisFrom) {
        double xe = x(windowFrom);
        w.write("<rect class=\"before-establishment\" x=\"" + fmt(left) + "\" y=\"" + plotTop + "\" width=\""
            + fmt(xe - left) + "\" height=\"" + (plotBottom - plotTop) + "\" fill=\"url(#before)\"/>\n");
      }
      if (knownAsOf != null && knownAsOf.latestDay().toEpochDay() + 1 < axisEnd) {
        double xa = x(knownAsOf.latestDay().toEpochDay() + 1);
        w.write("<rect class=\"after-as-of\" x=\"" + fmt(xa) + "\" y=\"" + plotTop + "\" width=\"" + fmt(plotRight - xa)
            + "\" height=\"" + (plotBottom - plotTop) + "\" fill=\"#f3f5f7\"/>\n");
      }
      for (int i = 0; i < rows.size(); i += 2) {
        w.write("<rect x=\"0\" y=\"" + (rowsTop + i * ROW - 3) + "\" width=\"" + width + "\" height=\"" + ROW
            + "\" fill=\"#f6f8fa\" fill-opacity=\"0.7\"/>\n");
      }
      axis(axisLabelY, plotTop, plotBottom);

      milestones(milestoneTop, plotBottom);
      chairBand(chairTop);
      for (int i = 0; i < rows.size(); i++) {
        row(rows.get(i), rowsTop + i * ROW);
      }
      if (rows.isEmpty()) {
        w.write("<text x=\"8\" y=\"" + (rowsTop + 11) + "\" fill=\"#666\">no participations recorded</text>\n");
      }

      if (knownAsOf != null) {
        double xa = x(Math.min(axisEnd, knownAsOf.latestDay().toEpochDay() + 1));
        w.write("<g class=\"as-of\" data-as-of=\"" + knownAsOf + "\"><line x1=\"" + fmt(xa) + "\" y1=\"" + (plotTop - 6)
            + "\" x2=\"" + fmt(xa) + "\" y2=\"" + plotBottom + "\" stroke=\"#2c3e50\" stroke-width=\"1.2\""
            + " stroke-dasharray=\"5 3\"/><text x=\"" + fmt(xa) + "\" y=\"" + (plotBottom + 14)
            + "\" text-anchor=\"middle\" fill=\"#2c3e50\" font-weight=\"bold\">"
            + (asOfFromDocument ? "as of " : "latest record ") + knownAsOf + "</text></g>\n");
      }
      if (windowFrom > axisFrom) {
        w.write("<text x=\"" + fmt(left + 4) + "\" y=\"" + (plotBottom + 14) + "\" fill=\"#777\">before establishment</text>\n");
      }
      legend(legendTop);
      w.write("</svg>\n");
    }

    private String subtitle() {
      return Wording.kind(process.getKind())
          + process.getEstablished().map(d -> " · established " + d).orElse("")
          + (knownAsOf == null ? "" : asOfFromDocument ? " · records as of " + knownAsOf
              : " · the document gives no as-of date; latest date recorded " + knownAsOf)
          + " · " + rows.size() + " participants";
    }

    private void defs() throws IOException {
      w.write("<defs>\n");
      for (Role role : Role.values()) {
        pattern(colourKey(role), colour(colourKey(role)));
      }
      for (int i = 0; i < CHAIR_TONES.length; i++) {
        pattern("chair-" + i, CHAIR_TONES[i]);
      }
      pattern("grey", "#7f8c8d");
      w.write("<pattern id=\"before\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
          + "<rect width=\"8\" height=\"8\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#dddddd\""
          + " stroke-width=\"3\"/></pattern>\n");
      // Hand-over halves: the outgoing record keeps the upper-left triangle of the shared unit, the incoming the lower-right.
      w.write("<clipPath id=\"hand-over-out\" clipPathUnits=\"objectBoundingBox\"><polygon points=\"0,0 1,0 0,1\"/></clipPath>\n");
      w.write("<clipPath id=\"hand-over-in\" clipPathUnits=\"objectBoundingBox\"><polygon points=\"1,0 1,1 0,1\"/></clipPath>\n");
      w.write("<marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"6\" refY=\"4\" orient=\"auto\">"
          + "<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#333\"/></marker>\n");
      w.write("</defs>\n");
    }

    private void pattern(String key, String colour) throws IOException {
      w.write("<pattern id=\"maybe-" + key + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + colour + "\" fill-opacity=\"0.25\"/>"
          + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + colour + "\" stroke-width=\"2.2\"/></pattern>\n");
    }

    private void axis(int labelY, int top, int bottom) throws IOException {
      LocalDate first = LocalDate.ofEpochDay(axisFrom);
      int step = PX_PER_YEAR >= 40 ? 1 : 5;
      for (int year = first.getYear(); LocalDate.of(year, 1, 1).toEpochDay() <= axisEnd; year++) {
        long day = LocalDate.of(year, 1, 1).toEpochDay();
        if (day < axisFrom) {
          continue;
        }
        double x = x(day);
        w.write("<line x1=\"" + fmt(x) + "\" y1=\"" + top + "\" x2=\"" + fmt(x) + "\" y2=\"" + bottom
            + "\" stroke=\"#dde1e5\"/>");
        if (year % step == 0 && day < axisEnd) {
          w.write("<text class=\"year\" x=\"" + fmt(x + 2) + "\" y=\"" + labelY + "\" fill=\"#555\">" + year + "</text>");
        }
        w.write("\n");
      }
      w.write("<line x1=\"" + left + "\" y1=\"" + top + "\" x2=\"" + fmt(x(axisEnd)) + "\" y2=\"" + top
          + "\" stroke=\"#99a3ad\"/>\n");
    }

    private void milestones(int top, int plotBottom) throws IOException {
      if (!milestones.isEmpty()) {
        w.write("<text x=\"8\" y=\"" + (top + 11) + "\" font-weight=\"bold\">Milestones</text>\n");
      }
      for (Milestone m : milestones) {
        w.write("<g class=\"" + m.kind + "\"" + (m.id == null ? "" : " data-" + m.kind + "=\"" + xml(m.id) + "\"") + ">");
        if (m.lane >= 0) {
          double x = x(m.date.earliestDay().toEpochDay());
          double y = top + m.lane * MILESTONE_LANE + 7;
          w.write("<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x) + "\" y2=\"" + plotBottom
              + "\" stroke=\"" + markColour(m.kind) + "\" stroke-opacity=\"0.35\" stroke-dasharray=\"1 3\"/>");
          double labelX = x + 9;
          if (m.date.getPrecision() != Precision.DAY) {
            double x2 = x(Math.min(axisEnd, m.date.latestDay().toEpochDay() + 1));
            w.write("<line class=\"range\" x1=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y) + "\" stroke=\"" + markColour(m.kind) + "\" stroke-width=\"2\"/>");
            labelX = Math.max(labelX, x2 + 4);
          }
          mark(m.kind, x, y);
          if (!m.labelOmitted) {
            w.write("<text x=\"" + fmt(m.labelLeft ? x - 9 : labelX) + "\" y=\"" + fmt(y + 4) + "\""
                + (m.labelLeft ? " text-anchor=\"end\"" : "") + ">" + xml(m.label) + "</text>");
          }
        }
        w.write("<title>" + xml(m.title) + "</title></g>\n");
      }
    }

    private void mark(String kind, double x, double y) throws IOException {
      String colour = markColour(kind);
      switch (kind) {
        case "establishment" -> w.write("<path d=\"" + star(x, y, 7, 3) + "\" fill=\"" + colour + "\"/>");
        case "declaration" -> w.write("<path d=\"M" + fmt(x - 6) + "," + fmt(y - 5) + " h12 l-6,11 z\" fill=\"" + colour + "\"/>");
        default -> w.write("<path d=\"M" + fmt(x) + "," + fmt(y - 6) + " l6,6 l-6,6 l-6,-6 z\" fill=\"" + colour + "\"/>");
      }
    }

    private void chairBand(int top) throws IOException {
      w.write("<text x=\"8\" y=\"" + (top + CHAIR_BAR - 5) + "\" font-weight=\"bold\">Chair</text>\n");
      if (chairBars.isEmpty()) {
        w.write("<text x=\"" + (left + 4) + "\" y=\"" + (top + CHAIR_BAR - 5) + "\" fill=\"#666\">no chair terms recorded</text>\n");
      }
      for (Bar bar : chairBars) {
        Chairmanship term = (Chairmanship) bar.record;
        String ids = String.join(" + ", term.getChairs().stream().map(Participant::id).toList());
        String label = String.join(" + ", term.getChairs().stream().map(c -> names.name(c, nameDate)).toList())
            + term.getCoChair().map(c -> " with " + names.name(c, nameDate)).orElse("");
        double y = top + bar.lane * (CHAIR_BAR + 4);
        w.write("<g class=\"chair-term\" data-chair=\"" + xml(ids) + "\" data-period=\"" + xml(term.getPeriod().toString()) + "\">");
        bar(bar, y, CHAIR_BAR);
        double x1 = x(clampDay(bar.drawStart()));
        double x2 = x(clampDay(bar.drawEnd()) + 1);
        if (bar.drawStart() <= bar.drawEnd() && textWidth(label) + 6 <= x2 - x1) {
          w.write("<text class=\"chair-label\" x=\"" + fmt((x1 + x2) / 2) + "\" y=\"" + fmt(y + CHAIR_BAR - 5)
              + "\" text-anchor=\"middle\" fill=\"#1b1b1b\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\""
              + " font-weight=\"bold\">" + xml(label) + "</text>");
        }
        w.write("<title>" + xml("Chair: " + label + ", " + term.getPeriod()
            + term.getStatus().map(s -> " (" + Wording.status(s) + ")").orElse("")) + "</title></g>\n");
      }
    }

    private void row(Row row, int top) throws IOException {
      String shown = row.label.length() > MAX_LABEL_CHARS ? row.label.substring(0, MAX_LABEL_CHARS - 1) + "…" : row.label;
      w.write("<text class=\"participant\" x=\"8\" y=\"" + (top + BAR - 3) + "\">" + xml(shown) + "<title>"
          + xml(row.label) + "</title></text>\n");
      double laneHeight = (double) BAR / Math.max(1, row.lanes);
      for (Bar bar : row.bars) {
        Participation p = (Participation) bar.record;
        w.write("<g class=\"participation\" data-participant=\"" + xml(p.getParticipant().id()) + "\" data-role=\""
            + p.getRole() + "\">");
        bar(bar, top + bar.lane * laneHeight, laneHeight);
        p.getAsOf().ifPresent(day -> {
          if (day.latestDay().toEpochDay() >= windowFrom && day.earliestDay().toEpochDay() < axisEnd) {
            double x1 = x(day.earliestDay().toEpochDay());
            double x2 = Math.max(x(day.latestDay().toEpochDay() + 1), x1 + 2.5);
            write("<rect class=\"held-on\" x=\"" + fmt(x1 - 0.5) + "\" y=\"" + fmt(top + bar.lane * laneHeight - 2)
                + "\" width=\"" + fmt(x2 - x1 + 0.5) + "\" height=\"" + fmt(laneHeight + 4) + "\" fill=\"#1b1b1b\"/>");
          }
        });
        w.write("<title>" + xml(row.label + ": " + Wording.role(p.getRole()) + ", " + p.getPeriod().map(Period::toString)
            .orElse("dates not recorded") + p.getAsOf().map(d -> "; a source says it held on " + d).orElse("")) + "</title>");
        w.write("</g>\n");
      }
    }

    /** Draws one record's bar: the stretch before the sure part, the sure part, the stretch after it. */
    private void bar(Bar bar, double y, double h) throws IOException {
      Span span = bar.span;
      if (!span.isSatisfiable()) {
        return;
      }
      long startLo = earliestStartDay(span);
      long startHi = latestStartDay(span);
      long endLo = earliestEndDay(span);
      long endHi = latestEndDay(span);
      long asOfDay = knownAsOf == null ? Long.MAX_VALUE : knownAsOf.latestDay().toEpochDay();
      Period period = span.getPeriod();
      long inFrom = bar.handIn ? period.getStart().orElseThrow().earliestDay().toEpochDay() : 0;
      long inTo = bar.handIn ? period.getStart().orElseThrow().latestDay().toEpochDay() : 0;
      long outFrom = bar.handOut ? period.getEnd().orElseThrow().earliestDay().toEpochDay() : 0;
      long outTo = bar.handOut ? period.getEnd().orElseThrow().latestDay().toEpochDay() : 0;
      long sureFrom = bar.handIn ? inTo + 1 : startHi;
      long sureTo = Math.min(bar.handOut ? outFrom - 1 : endLo, asOfDay);
      long beforeFrom = bar.handIn ? inTo + 1 : startLo;
      long afterTo = bar.handOut ? outFrom - 1 : endHi;
      String key = bar.colourKey;
      cursor = Double.NEGATIVE_INFINITY;
      if (bar.handIn) {
        stretch(inFrom, inTo, y, h, "url(#maybe-" + key + ")", key, "maybe", "hand-over-in");
        long lo = Math.max(inFrom, windowFrom);
        if (lo <= inTo) {
          // The diagonal itself, in white, so that the two halves read as one unit changing hands.
          w.write("<line class=\"hand-over-line\" x1=\"" + fmt(x(lo)) + "\" y1=\"" + fmt(y + h) + "\" x2=\""
              + fmt(x(Math.min(inTo, axisEnd - 1) + 1)) + "\" y2=\"" + fmt(y) + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }
      }
      if (sureFrom <= sureTo) {
        stretch(beforeFrom, sureFrom - 1, y, h, "url(#maybe-" + key + ")", key, "maybe", null);
        stretch(sureFrom, sureTo, y, h, colour(key), key, "sure", null);
        stretch(sureTo + 1, afterTo, y, h, "url(#maybe-" + key + ")", key, "maybe", null);
      } else {
        stretch(beforeFrom, afterTo, y, h, "url(#maybe-" + key + ")", key, "maybe", null);
      }
      if (bar.handOut) {
        stretch(outFrom, outTo, y, h, "url(#maybe-" + key + ")", key, "maybe", "hand-over-out");
      }
      if (period.getEndKind() == Period.BoundKind.OPEN && endHi >= axisEnd) {
        double x = x(axisEnd) + RIGHT - 6;
        w.write("<line class=\"open-end\" x1=\"" + fmt(x(axisEnd) - 2) + "\" y1=\"" + fmt(y + h / 2) + "\" x2=\"" + fmt(x)
            + "\" y2=\"" + fmt(y + h / 2) + "\" stroke=\"#333\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
      }
    }

    private void stretch(long fromDay, long toDay, double y, double h, String fill, String key, String cssClass,
        String clip) throws IOException {
      long lo = Math.max(fromDay, windowFrom);
      long hi = Math.min(toDay, axisEnd - 1);
      if (lo > hi) {
        return;
      }
      // A stretch of a day or two is widened so that it shows, and the next starts where it ends.
      double x1 = Math.max(x(lo), cursor);
      double x2 = Math.max(x(hi + 1), x1 + 1.5);
      cursor = clip == null ? x2 : cursor;
      w.write("<rect class=\"" + cssClass + "\" x=\"" + fmt(x1) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(x2 - x1)
          + "\" height=\"" + fmt(h) + "\" fill=\"" + fill + "\""
          + ("maybe".equals(cssClass) ? " stroke=\"" + colour(key) + "\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"" : "")
          + (clip == null ? "" : " clip-path=\"url(#" + clip + ")\"") + "/>");
    }

    private void legend(int top) throws IOException {
      w.write("<g class=\"legend\"><text x=\"8\" y=\"" + (top + 9) + "\" font-weight=\"bold\">Legend</text>\n");
      for (LegendItem item : legend) {
        double x = item.x;
        double y = top + item.line * LEGEND_LINE;
        w.write("<g class=\"legend-item\">");
        String symbol = item.symbol;
        if (symbol.startsWith("swatch:")) {
          w.write("<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"26\" height=\"11\" fill=\""
              + colour(symbol.substring(7)) + "\"/>");
        } else if (symbol.startsWith("mark:")) {
          mark(symbol.substring(5), x + 13, y + 5);
        } else {
          switch (symbol) {
            case "sure" -> w.write("<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"26\" height=\"11\" fill=\"#7f8c8d\"/>");
            case "maybe" -> w.write("<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"26\" height=\"11\""
                + " fill=\"url(#maybe-grey)\" stroke=\"#7f8c8d\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>");
            case "hand-over" -> w.write("<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"26\" height=\"11\""
                + " fill=\"url(#maybe-chair-0)\" clip-path=\"url(#hand-over-out)\"/><rect x=\"" + fmt(x) + "\" y=\""
                + fmt(y) + "\" width=\"26\" height=\"11\" fill=\"url(#maybe-chair-1)\" clip-path=\"url(#hand-over-in)\"/>"
                + "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y + 11) + "\" x2=\"" + fmt(x + 26) + "\" y2=\"" + fmt(y)
                + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            case "arrow" -> w.write("<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y + 5.5) + "\" x2=\"" + fmt(x + 22) + "\" y2=\""
                + fmt(y + 5.5) + "\" stroke=\"#333\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
            case "held-on" -> w.write("<rect x=\"" + fmt(x + 11) + "\" y=\"" + fmt(y - 2) + "\" width=\"3\" height=\"15\""
                + " fill=\"#1b1b1b\"/>");
            case "as-of" -> w.write("<line x1=\"" + fmt(x + 13) + "\" y1=\"" + fmt(y - 3) + "\" x2=\"" + fmt(x + 13)
                + "\" y2=\"" + fmt(y + 14) + "\" stroke=\"#2c3e50\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>");
            case "before" -> w.write("<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"26\" height=\"11\""
                + " fill=\"url(#before)\" stroke=\"#cccccc\"/>");
            case "range" -> w.write("<line x1=\"" + fmt(x + 2) + "\" y1=\"" + fmt(y + 5.5) + "\" x2=\"" + fmt(x + 24) + "\" y2=\""
                + fmt(y + 5.5) + "\" stroke=\"#2c3e50\" stroke-width=\"2\"/>");
            default -> { }
          }
        }
        w.write("<text x=\"" + fmt(x + 32) + "\" y=\"" + fmt(y + 9.5) + "\">" + xml(item.text) + "</text></g>\n");
      }
      w.write("</g>\n");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private double x(long epochDay) {
      long day = Math.max(axisFrom, Math.min(axisEnd, epochDay));
      return left + (day - axisFrom) * PX_PER_DAY;
    }

    private long clampDay(long day) {
      return Math.max(windowFrom, Math.min(axisEnd - 1, day));
    }

    private void write(String text) {
      try {
        w.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** One participant's row: every record of it, in the colour of its role. */
    private final class Row {
      final Participant participant;
      final String label;
      final List<Bar> bars = new ArrayList<>();
      int rank = Integer.MAX_VALUE;
      long earliest = Long.MAX_VALUE;
      int lanes = 1;

      Row(Participant participant, String label) {
        this.participant = participant;
        this.label = label;
      }

      void add(Bar bar) {
        bars.add(bar);
        Participation p = (Participation) bar.record;
        rank = Math.min(rank, p.getRole().ordinal());
        earliest = Math.min(earliest, bar.drawStart());
      }
    }

    /** One record on the axis, with the lane it is drawn in and whether it hands over to a neighbour. */
    private final class Bar {
      final Span span;
      final Object record;
      final String colourKey;
      int lane;
      boolean handIn;
      boolean handOut;

      Bar(Span span, Object record, String colourKey) {
        this.span = span;
        this.record = record;
        this.colourKey = colourKey;
      }

      long drawStart() {
        return Math.max(earliestStartDay(span), windowFrom);
      }

      long drawEnd() {
        return Math.min(latestEndDay(span), axisEnd - 1);
      }
    }
  }

  private static final class Milestone {
    final String kind;
    final PartialDate date;
    final String label;
    final String title;
    final String id;
    int lane = -1;
    boolean labelLeft;
    boolean labelOmitted;

    Milestone(String kind, PartialDate date, String label, String title, String id) {
      this.kind = kind;
      this.date = date;
      this.label = label;
      this.title = title;
      this.id = id;
    }
  }

  private static final class LegendItem {
    final String symbol;
    final String text;
    double x;
    int line;

    LegendItem(String symbol, String text) {
      this.symbol = symbol;
      this.text = text;
    }
  }

  private static List<PartialDate> dates(ConsultativeProcess process) {
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
    for (Declaration d : process.getDeclarations()) {
      dates.add(d.getAdopted());
    }
    return dates;
  }

  private static PartialDate latestDate(ConsultativeProcess process) {
    PartialDate latest = null;
    for (PartialDate d : dates(process)) {
      if (latest == null || d.latestDay().isAfter(latest.latestDay())) {
        latest = d;
      }
    }
    return latest;
  }

  private static void addEnds(Period period, List<PartialDate> dates) {
    period.getStart().ifPresent(dates::add);
    period.getEnd().ifPresent(dates::add);
  }

  private static double textWidth(String text) {
    return Math.min(text.length(), 200) * CHAR;
  }

  private static String star(double cx, double cy, double outer, double inner) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double angle = Math.PI / 2 + i * Math.PI / 5;
      d.append(i == 0 ? 'M' : 'L').append(fmt(cx + r * Math.cos(angle))).append(',').append(fmt(cy - r * Math.sin(angle)));
    }
    return d.append('z').toString();
  }

  private static String colourKey(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String colour(String key) {
    switch (key) {
      case "member":
        return "#2471a3";
      case "observer":
        return "#8e44ad";
      case "candidate":
        return "#b9770e";
      case "invited":
        return "#148f77";
      case "partner":
        return "#6e2c00";
      case "secretariat":
        return "#1e8449";
      case "support-unit":
        return "#52be80";
      case "chair-0":
        return CHAIR_TONES[0];
      case "chair-1":
        return CHAIR_TONES[1];
      default:
        return "#7f8c8d";
    }
  }

  private static String markColour(String kind) {
    switch (kind) {
      case "establishment":
        return "#b7950b";
      case "declaration":
        return "#117864";
      default:
        return "#2c3e50";
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Escapes text for XML content and attribute values, as {@link Markup#escape} does.
   *
   * @param text the text; not null
   * @return the escaped text
   */
  static String xml(String text) {
    return Markup.escape(text);
  }

  /* A span's day bounds as epoch days, with the values the layout has always used for an open or
   * unknown side (far outside every window, open beyond unknown), which the drawing clips. */
  private static final long OPEN_BEFORE = -(1L << 40);
  private static final long OPEN_AFTER = 1L << 40;
  private static final long UNKNOWN_BEFORE = -(1L << 36);
  private static final long UNKNOWN_AFTER = 1L << 36;

  private static boolean openStart(Span span) {
    return span.getPeriod().getStartKind() == Period.BoundKind.OPEN;
  }

  private static boolean openEnd(Span span) {
    return span.getPeriod().getEndKind() == Period.BoundKind.OPEN;
  }

  static long earliestStartDay(Span span) {
    return span.earliestStart().map(LocalDate::toEpochDay).orElse(openStart(span) ? OPEN_BEFORE : UNKNOWN_BEFORE);
  }

  static long latestStartDay(Span span) {
    return span.latestStart().map(LocalDate::toEpochDay).orElse(openStart(span) ? OPEN_BEFORE : UNKNOWN_AFTER);
  }

  static long earliestEndDay(Span span) {
    return span.earliestEnd().map(LocalDate::toEpochDay).orElse(openEnd(span) ? OPEN_AFTER : UNKNOWN_BEFORE);
  }

  static long latestEndDay(Span span) {
    return span.latestEnd().map(LocalDate::toEpochDay).orElse(openEnd(span) ? OPEN_AFTER : UNKNOWN_AFTER);
  }
}
