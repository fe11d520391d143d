package dev.cvmatch.demo.analysis;

import dev.cvmatch.demo.DemoProperties;
import dev.cvmatch.match.MissingSkill;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /dashboard}: statistics of the user's analyses. */
@RestController
public class DashboardController {

    private static final int WEEKS = 12;
    private static final int TOP_MISSING = 10;

    /**
     * The dashboard.
     *
     * @param total analyses in all
     * @param completed completed ones
     * @param failed failed ones
     * @param pending queued or processing
     * @param averageScore the completed ones' mean score, or null
     * @param scoreDistribution completed analyses per score band: 0-9, 10-19 ... 90-100
     * @param topMissingSkills the skills most often missing, most frequent first (required and preferred)
     * @param perWeek analyses submitted per ISO week, the last 12 weeks, oldest first
     */
    public record Dashboard(long total, long completed, long failed, long pending, Double averageScore,
            List<Long> scoreDistribution, List<SkillCount> topMissingSkills, List<WeekCount> perWeek) {
    }

    /**
     * A skill and how many analyses miss it.
     *
     * @param skill the skill's name
     * @param count how many completed analyses miss it
     */
    public record SkillCount(String skill, long count) {
    }

    /**
     * A week's count.
     *
     * @param week the ISO week, e.g. {@code 2026-W49}
     * @param monday its Monday
     * @param count analyses submitted that week
     */
    public record WeekCount(String week, LocalDate monday, long count) {
    }

    private final AnalysisStore store;
    private final DemoProperties properties;

    /**
     * Creates the controller.
     *
     * @param store the analysis store
     * @param properties the settings
     */
    public DashboardController(AnalysisStore store, DemoProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * Computes the user's dashboard from their newest {@code demo.history.max-scan} analyses.
     *
     * @param user the token's user
     * @return the dashboard
     */
    @GetMapping("/dashboard")
    public Dashboard dashboard(@AuthenticationPrincipal Jwt user) {
        long total = 0;
        long completed = 0;
        long failed = 0;
        double sum = 0;
        long[] bands = new long[10];
        Map<String, Long> missing = new HashMap<>();
        LocalDate thisMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1);
        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(firstMonday.plusWeeks(i), 0L);
        }
        try (Stream<Analysis> all = store.stream(user.getSubject(), 200)) {
            for (Analysis a : (Iterable<Analysis>) all.limit(properties.history().maxScan())::iterator) {
                total++;
                LocalDate monday = a.createdAt().atZone(ZoneOffset.UTC).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                weeks.computeIfPresent(monday, (k, v) -> v + 1);
                if (a.status() == AnalysisStatus.FAILED) {
                    failed++;
                } else if (a.status() == AnalysisStatus.COMPLETED && a.result() != null) {
                    completed++;
                    double score = a.result().score();
                    sum += score;
                    bands[Math.min(9, Math.max(0, (int) (score / 10)))]++;
                    for (MissingSkill skill : a.result().missingSkills()) {
                        missing.merge(skill.name(), 1L, Long::sum);
                    }
                }
            }
        }
        List<SkillCount> top = missing.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_MISSING).map(e -> new SkillCount(e.getKey(), e.getValue())).toList();
        List<WeekCount> perWeek = new ArrayList<>();
        weeks.forEach((monday, count) -> perWeek.add(new WeekCount(monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, count)));
        List<Long> distribution = new ArrayList<>();
        for (long b : bands) {
            distribution.add(b);
        }
        Double average = completed == 0 ? null : Math.round(sum / completed * 10) / 10.0;
        return new Dashboard(total, completed, failed, total - completed - failed, average, distribution, top,
                perWeek);
    }
}
