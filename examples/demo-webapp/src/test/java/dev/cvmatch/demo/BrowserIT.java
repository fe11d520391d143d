package dev.cvmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole user journey in Debian's headless Chromium (Selenium + chromedriver): register, log in, analyse a sample
 * CV against a job, see the score and the extracted CV, bulk-upload the samples and filter them by score, open the
 * history and the dashboard, switch the UI to French. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-browser;DB_CLOSE_DELAY=-1",
    "cvmatch.documents.type=memory"})
class BrowserIT {

    static final Path SHOTS = Path.of("target/screenshots");
    static WebDriver driver;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser(@TempDir Path profile) throws Exception {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    static void shot(String name) throws Exception {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    static String sample(String name) {
        return DemoApiTest.SAMPLES.resolve(name).toAbsolutePath().normalize().toString();
    }

    static Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    static List<Integer> scores() {
        List<Object> cells = (List<Object>) js("return [...document.querySelectorAll("
                + "'#bulk-table tbody tr td:nth-child(3)')].map(c => c.textContent);");
        return cells.stream().map(c -> Integer.parseInt(c.toString().trim())).toList();
    }

    @Test
    void recruiterJourney() throws Exception {
        driver.get("http://localhost:" + port + "/");
        String email = "recruiter-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        visible("email").sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("Correct-Horse-42");
        driver.findElement(By.id("register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Account created"));
        driver.findElement(By.id("login")).click();

        visible("cv-file").sendKeys(sample("camille-martin-fr.pdf"));
        driver.findElement(By.id("job-text")).sendKeys(DemoApiTest.JOB);
        driver.findElement(By.id("analyze")).click();
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=score]")));
        int value = Integer.parseInt(score.getText().replaceAll("\\D.*", "").trim());
        assertThat(value).isBetween(1, 100);
        String extracted = driver.findElement(By.cssSelector("[data-testid=extracted]")).getText();
        assertThat(extracted).containsIgnoringCase("martin").contains("Java");
        shot("1-analysis");

        driver.findElement(By.cssSelector("a[href='#bulk']")).click();
        String files = String.join("\n", sample("camille-martin-fr.pdf"), sample("daniel-okafor-en.pdf"),
                sample("hannah-whitfield-en.pdf"), sample("julien-lefevre-fr.txt"), sample("lea-moreau-fr.docx"),
                sample("priya-raman-en.docx"), sample("camille-martin-fr.pdf"), sample("daniel-okafor-en.pdf"),
                sample("lea-moreau-fr.docx"), sample("priya-raman-en.docx"));
        visible("cv-files").sendKeys(files);
        driver.findElement(By.id("bulk-job-text")).sendKeys(DemoApiTest.JOB);
        driver.findElement(By.id("bulk-submit")).click();
        // the table is re-rendered while it polls: read it in one script, not element by element
        wait.until(d -> Boolean.TRUE.equals(js("const rows = document.querySelectorAll('#bulk-table tbody tr');"
                + "return rows.length === 10 && [...rows].every(r => r.dataset.status === 'completed');")));
        shot("2-bulk");
        // the minimum-score filter hides the weaker half
        List<Integer> scores = scores();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        int threshold = scores.get(4);
        WebElement slider = driver.findElement(By.id("min-score"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", slider,
                threshold - threshold % 5);
        int min = threshold - threshold % 5;
        long expected = scores.stream().filter(x -> x >= min).count();
        wait.until(d -> scores().size() == expected);
        assertThat(scores()).allMatch(x -> x >= min).hasSizeGreaterThanOrEqualTo(5);
        shot("3-bulk-filtered");

        driver.findElement(By.cssSelector("a[href='#history']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "(11)"));
        visible("history-q").sendKeys("okafor");
        driver.findElement(By.cssSelector("#history-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "(2)"));
        driver.findElement(By.cssSelector("#history-table tbody tr button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail [data-testid=score]")));
        shot("4-history");

        driver.findElement(By.cssSelector("a[href='#dashboard']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats"), "11"));
        assertThat(driver.findElements(By.cssSelector("#chart .bar"))).hasSize(10);
        shot("5-dashboard");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("fr");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-dashboard h2"),
                "Tableau de bord"));
        driver.manage().window().setSize(new Dimension(390, 844));
        shot("6-dashboard-fr-phone");
    }
}
