package dev.cvmatch.demo.analysis;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.demo.ApiProblem;
import dev.cvmatch.demo.DemoProperties;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.json.CvJson;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The seed's analysis API: single and bulk upload, the history, one analysis, its JSON Resume and original file,
 * delete. Every read is scoped to the token's user: another user's analysis answers 404, as a missing one does.
 */
@RestController
public class AnalysisController {

    private static final int MAX_JOB_CHARS = 50_000;
    private static final Set<DocumentFormat> JOB_FORMATS = Set.of(DocumentFormat.PDF, DocumentFormat.DOCX,
            DocumentFormat.ODT, DocumentFormat.TXT);

    /**
     * The bulk upload's answer.
     *
     * @param analyses the analyses queued, one per accepted file, in upload order
     * @param rejected the files refused, with why
     */
    public record BulkAccepted(List<AnalysisViews.Summary> analyses, List<Rejected> rejected) {
    }

    /**
     * A file a bulk upload refused.
     *
     * @param file its name
     * @param reason why
     */
    public record Rejected(String file, String reason) {
    }

    /**
     * A page of the history.
     *
     * @param items the analyses of this page
     * @param page the page number, from 0
     * @param size the page size
     * @param total how many analyses match the filters
     */
    public record HistoryPage(List<AnalysisViews.Summary> items, int page, int size, long total) {
    }

    private final AnalysisService service;
    private final AnalysisStore store;
    private final DocumentTextExtractor extractor;
    private final DemoProperties properties;

    /**
     * Creates the controller.
     *
     * @param service cvmatch's analysis service (from the starter)
     * @param store where the history is read from (the service's store)
     * @param extractor reads an uploaded job description
     * @param properties the settings
     */
    public AnalysisController(AnalysisService service, AnalysisStore store, DocumentTextExtractor extractor,
            DemoProperties properties) {
        this.service = service;
        this.store = store;
        this.extractor = extractor;
        this.properties = properties;
    }

    /**
     * Analyses one CV against a job and waits for the result (up to {@code demo.upload.wait-for}).
     *
     * @param user the token's user
     * @param cvFile the CV
     * @param jobDescription the job description as text
     * @param jobFile or as a document
     * @param blind whether to leave personal data out of the answer
     * @return 201 with the completed analysis, 202 with its status if it is still running, 422 if the document
     *     could not be analysed
     */
    @PostMapping(path = "/cv/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AnalysisViews.Detail> upload(@AuthenticationPrincipal Jwt user,
            @RequestParam("cv_file") MultipartFile cvFile,
            @RequestParam(name = "job_description", required = false) String jobDescription,
            @RequestParam(name = "job_file", required = false) MultipartFile jobFile,
            @RequestParam(name = "blind", defaultValue = "false") boolean blind) {
        String jobText = jobText(jobDescription, jobFile);
        byte[] bytes = bytes(cvFile);
        DocumentFormat format = UploadCheck.check(cvFile.getOriginalFilename(), bytes, UploadCheck.CV_FORMATS);
        Analysis submitted = service.submit(request(user, cvFile, bytes, format, jobText));
        Analysis analysis = await(user.getSubject(), submitted.id(), properties.upload().waitFor());
        if (analysis.status() == AnalysisStatus.FAILED) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "analysis-failed", "The CV could not be analysed",
                    analysis.failureReason(), Map.of("analysisId", analysis.id()));
        }
        HttpStatus status = analysis.status() == AnalysisStatus.COMPLETED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).header(HttpHeaders.LOCATION, "/analyses/" + analysis.id())
                .body(AnalysisViews.detail(analysis, blind));
    }

    /**
     * Queues up to {@code demo.upload.max-files} CVs against one job; they are analysed in parallel by the worker
     * and their status is read from {@code GET /analyses/{id}} or the history.
     *
     * @param user the token's user
     * @param cvFiles the CVs
     * @param jobDescription the job description as text
     * @param jobFile or as a document
     * @return 202 with the queued analyses and the refused files (415 if every file was refused)
     */
    @PostMapping(path = "/cv/bulk-upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<BulkAccepted> bulkUpload(@AuthenticationPrincipal Jwt user,
            @RequestParam("cv_files") List<MultipartFile> cvFiles,
            @RequestParam(name = "job_description", required = false) String jobDescription,
            @RequestParam(name = "job_file", required = false) MultipartFile jobFile) {
        int max = properties.upload().maxFiles();
        if (cvFiles.isEmpty() || cvFiles.size() > max) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "file-count", "Wrong number of files",
                    "Send 1 to " + max + " files as cv_files; got " + cvFiles.size() + ".");
        }
        String jobText = jobText(jobDescription, jobFile);
        List<AnalysisViews.Summary> queued = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (MultipartFile file : cvFiles) {
            try {
                byte[] bytes = bytes(file);
                DocumentFormat format = UploadCheck.check(file.getOriginalFilename(), bytes, UploadCheck.CV_FORMATS);
                queued.add(AnalysisViews.summary(service.submit(request(user, file, bytes, format, jobText)), false));
            } catch (ApiProblem problem) {
                rejected.add(new Rejected(file.getOriginalFilename(), problem.getBody().getDetail()));
            }
        }
        if (queued.isEmpty()) {
            throw ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", "No file could be accepted",
                    rejected.get(0).reason(), Map.of("rejected", rejected));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BulkAccepted(queued, rejected));
    }

    /**
     * The user's analyses, newest first or best first, filtered.
     *
     * @param user the token's user
     * @param page the page, from 0
     * @param size the page size (1-100)
     * @param q words that the file name, the candidate's name or the job title must contain
     * @param status only this status
     * @param minScore only completed analyses scoring at least this
     * @param sort {@code newest} (default) or {@code score}
     * @param ids only these analyses (e.g. one bulk upload's)
     * @param blind whether to leave personal data out
     * @return the page
     */
    @GetMapping("/analyses")
    public HistoryPage list(@AuthenticationPrincipal Jwt user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(name = "min_score", required = false) Double minScore,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(required = false) List<String> ids,
            @RequestParam(name = "blind", defaultValue = "false") boolean blind) {
        if (page < 0 || size < 1 || size > 100) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-page", "Bad page", "page >= 0 and 1 <= size <= 100.");
        }
        AnalysisStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Set<String> only = ids == null || ids.isEmpty() ? null : Set.copyOf(ids);
        List<Analysis> matching;
        try (Stream<Analysis> all = store.stream(user.getSubject(), 200)) {
            matching = all.limit(properties.history().maxScan())
                    .filter(a -> only == null || only.contains(a.id()))
                    .filter(a -> wanted == null || a.status() == wanted)
                    .filter(a -> minScore == null || a.result() != null && AnalysisViews.rounded(a.result().score()) >= minScore)
                    .filter(a -> needle.isEmpty() || haystack(a, blind).contains(needle))
                    .toList();
        }
        List<Analysis> sorted = new ArrayList<>(matching);
        if ("score".equals(sort)) {
            sorted.sort(Comparator.comparingDouble((Analysis a) -> a.result() == null ? -1 : a.result().score())
                    .reversed());
        } else if (!"newest".equals(sort)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-sort", "Bad sort", "sort is newest or score.");
        }
        List<AnalysisViews.Summary> items = sorted.stream().skip((long) page * size).limit(size)
                .map(a -> AnalysisViews.summary(a, blind)).toList();
        return new HistoryPage(items, page, size, sorted.size());
    }

    /**
     * One analysis.
     *
     * @param user the token's user
     * @param id the analysis id
     * @param blind whether to leave personal data out
     * @return the analysis; 404 if the user has none with this id
     */
    @GetMapping("/analyses/{id}")
    public AnalysisViews.Detail get(@AuthenticationPrincipal Jwt user, @PathVariable String id,
            @RequestParam(name = "blind", defaultValue = "false") boolean blind) {
        return AnalysisViews.detail(find(user, id), blind);
    }

    /**
     * The extracted CV as a JSON Resume document, as a download.
     *
     * @param user the token's user
     * @param id the analysis id
     * @param blind whether to leave personal data out
     * @return the document; 404 if unknown, 409 if the analysis has not completed
     */
    @GetMapping(path = "/analyses/{id}/json-resume", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> jsonResume(@AuthenticationPrincipal Jwt user, @PathVariable String id,
            @RequestParam(name = "blind", defaultValue = "false") boolean blind) {
        Analysis analysis = find(user, id);
        if (analysis.cv() == null) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "not-completed", "Not completed",
                    "The analysis is " + analysis.status().name().toLowerCase(Locale.ROOT) + "; no CV was extracted.");
        }
        String json = CvJson.toJsonResume(blind ? analysis.cv().withoutPersonalData() : analysis.cv());
        String name = (blind ? "cv-" + id : stem(analysis.fileName())) + ".resume.json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(json);
    }

    /**
     * The uploaded file.
     *
     * @param user the token's user
     * @param id the analysis id
     * @return the bytes, as an attachment; 404 if unknown
     */
    @GetMapping("/analyses/{id}/document")
    public ResponseEntity<byte[]> document(@AuthenticationPrincipal Jwt user, @PathVariable String id) {
        Analysis analysis = find(user, id);
        byte[] bytes = service.document(user.getSubject(), id).orElseThrow(ApiProblem::analysisNotFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(analysis.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    /**
     * Deletes an analysis and its file.
     *
     * @param user the token's user
     * @param id the analysis id
     * @return 204; 404 if unknown
     */
    @DeleteMapping("/analyses/{id}")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt user, @PathVariable String id) {
        if (!service.delete(user.getSubject(), id)) {
            throw ApiProblem.analysisNotFound();
        }
        return ResponseEntity.noContent().build();
    }

    private Analysis find(Jwt user, String id) {
        return service.get(user.getSubject(), id).orElseThrow(ApiProblem::analysisNotFound);
    }

    private Analysis await(String owner, String id, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        long pause = 20;
        while (true) {
            Analysis analysis = service.get(owner, id).orElseThrow(ApiProblem::analysisNotFound);
            if (analysis.status().isTerminal() || System.nanoTime() > deadline) {
                return analysis;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return analysis;
            }
            pause = Math.min(250, pause * 2);
        }
    }

    private static AnalysisRequest request(Jwt user, MultipartFile file, byte[] bytes, DocumentFormat format,
            String jobText) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "cv"
                : file.getOriginalFilename();
        return AnalysisRequest.builder().owner(user.getSubject()).fileName(name).contentType(format.mediaType())
                .content(bytes).jobText(jobText).build();
    }

    private String jobText(String jobDescription, MultipartFile jobFile) {
        String text = jobDescription;
        if ((text == null || text.isBlank()) && jobFile != null && !jobFile.isEmpty()) {
            byte[] bytes = bytes(jobFile);
            UploadCheck.check(jobFile.getOriginalFilename(), bytes, JOB_FORMATS);
            try {
                text = extractor.extract(bytes).text();
            } catch (CvMatchException e) {
                throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "job-unreadable",
                        "The job description could not be read", e.getMessage());
            }
        }
        if (text == null || text.isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "job-missing", "Job description missing",
                    "Type the job description (job_description) or upload it (job_file).");
        }
        if (text.length() > MAX_JOB_CHARS) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "job-too-long", "Job description too long",
                    "The job description has " + text.length() + " characters; at most " + MAX_JOB_CHARS + ".");
        }
        return text;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnalysisStatus parseStatus(String status) {
        try {
            return AnalysisStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-status", "Bad status",
                    "status is queued, processing, completed or failed.");
        }
    }

    // in blind mode only the job title is searched: a hit on a hidden name would reveal it
    private static String haystack(Analysis a, boolean blind) {
        if (blind) {
            return AnalysisViews.jobTitle(a).toLowerCase(Locale.ROOT);
        }
        StringBuilder s = new StringBuilder(a.fileName()).append(' ').append(AnalysisViews.jobTitle(a));
        if (a.cv() != null && a.cv().contact() != null && a.cv().contact().fullName() != null) {
            s.append(' ').append(a.cv().contact().fullName());
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
