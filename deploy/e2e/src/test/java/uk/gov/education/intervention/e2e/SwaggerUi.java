package uk.gov.education.intervention.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service's Swagger UI in a new tab of a headless Chromium, with nothing kept from an earlier
 * tab (the origin's storage is cleared first), driven as a person drives it: the
 * Authorize dialog, an operation's "Try it out", its parameters and Execute, and the response it
 * then shows. Every wait is on the page's state, never a fixed sleep. Each step can be kept as a
 * screenshot, numbered in order, in the directory given to {@link #open}.
 */
final class SwaggerUi implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final String scenario;
    /** The tab to go back to when this one closes: the browser ends with its last tab. */
    private final String home;
    private int step;

    private SwaggerUi(ChromeDriver driver, Path screenshots, String scenario, String home) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.scenario = scenario;
        this.home = home;
    }

    /**
     * Opens {@code baseUrl}/q/swagger-ui in a new tab of {@code driver} and waits until the service's
     * OpenAPI document has been rendered: the page titled "{@code service} API", the document's title
     * {@code service}, and at least one operation; and nothing authorised yet.
     */
    static SwaggerUi open(ChromeDriver driver, String baseUrl, String service, Path screenshots, String scenario) {
        String home = driver.getWindowHandle();
        // Swagger UI persists authorisations in the origin's local storage (persist-authorization=true): none may
        // come from an earlier tab, as none could from the empty profile of a browser of its own
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.switchTo().newWindow(WindowType.TAB);
        SwaggerUi ui = new SwaggerUi(driver, screenshots, scenario, home);
        try {
            driver.get(baseUrl + "/q/swagger-ui");
            ui.until("Swagger UI at " + baseUrl + " to render " + service + "'s OpenAPI document")
                    .until(d -> (service + " API").equals(d.getTitle())
                            && d.findElements(By.cssSelector(".information-container h2.title")).stream()
                                    .anyMatch(e -> e.getText().startsWith(service))
                            && !d.findElements(By.cssSelector(".opblock .opblock-summary")).isEmpty());
            ui.until("Swagger UI at " + baseUrl + " to show its Authorize button")
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".auth-wrapper .btn.authorize")));
            if (!driver.findElements(By.cssSelector(".auth-wrapper .btn.authorize.locked")).isEmpty()) {
                throw new IllegalStateException("Swagger UI at " + baseUrl + " opened already authorised: state of an earlier tab was kept");
            }
            return ui;
        } catch (RuntimeException e) {
            ui.failed();
            ui.close();
            throw e;
        }
    }

    /** A new explicit wait, whose timeout message says what was awaited. */
    private FluentWait<WebDriver> until(String what) {
        // Selenium's default re-checks every 500 ms, and most steps wait once or more: half a second each
        return new WebDriverWait(driver, WAIT, POLL).withMessage("waiting for " + what);
    }

    /** Keeps the viewport as {@code <scenario>-<n>-<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(scenario + "-" + (++step) + "-" + name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep screenshot " + name, e);
        }
    }

    /** A last screenshot when a step fails; never hides the failure itself. */
    void failed() {
        try {
            screenshot("FAILED");
        } catch (RuntimeException ignored) {
            // the browser may be gone; the original failure is what matters
        }
    }

    /** The Authorize dialog: types the token, applies it, closes the dialog, and waits for the Authorize button's closed lock. */
    void authorize(String token) {
        click(until("the Authorize button").until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".auth-wrapper .btn.authorize"))));
        WebElement dialog = until("the Authorize dialog")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
        WebElement value = dialog.findElement(By.cssSelector(".auth-container input"));
        // pasted, as a person puts a token in: one input of the whole text where the field has focus (typing it
        // would send a key event for each of its hundreds of characters, each re-rendering the dialog)
        click(value);
        driver.executeCdpCommand("Input.insertText", Map.of("text", token));
        until("the token in the dialog's value field").until(d -> token.equals(value.getDomProperty("value")));
        screenshot("token-entered");
        click(dialog.findElement(By.cssSelector(".auth-container button.authorize")));
        until("the dialog to say the token was applied (a Logout button)")
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".dialog-ux .auth-container button[aria-label='Remove authorization']")));
        screenshot("authorised");
        click(driver.findElement(By.cssSelector(".dialog-ux .auth-btn-wrapper .btn-done")));
        until("the Authorize dialog to close").until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));
        until("the Authorize button to show a closed lock")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".auth-wrapper .btn.authorize.locked")));
    }

    /** The operation block for {@code method} on {@code path} (as the OpenAPI document spells it), expanded. */
    Operation operation(String method, String path) {
        By block = By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' opblock-" + method.toLowerCase()
                + " ')][.//*[@data-path='" + path + "']]");
        WebElement op = until(method + " " + path + " in Swagger UI").until(ExpectedConditions.presenceOfElementLocated(block));
        if (!op.getDomAttribute("class").contains("is-open")) {
            click(op.findElement(By.cssSelector(".opblock-summary-control")));
            until(method + " " + path + " to expand").until(d -> op.getDomAttribute("class").contains("is-open"));
        }
        return new Operation(method + " " + path, op);
    }

    private void click(WebElement e) {
        scrollTo(e);
        until("a clickable " + e.getTagName() + " '" + e.getText() + "'").until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private void scrollTo(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    /** Closes this tab (the browser stays, on the tab it was on before). */
    @Override
    public void close() {
        if (!driver.getWindowHandle().equals(home)) {
            driver.close();
        }
        driver.switchTo().window(home);
    }

    /** One operation's block, expanded. */
    final class Operation {

        private final String name;
        private final WebElement block;

        private Operation(String name, WebElement block) {
            this.name = name;
            this.block = block;
        }

        Operation tryItOut() {
            click(block.findElement(By.cssSelector("button.try-out__btn")));
            until("the Execute button of " + name).until(d -> !block.findElements(By.cssSelector("button.execute")).isEmpty());
            showParameters();
            screenshot("try-it-out"); // what Swagger UI itself put in the fields
            return this;
        }

        /**
         * Sets the named path and query parameters and empties every other one: Swagger UI fills
         * optional parameters with their OpenAPI examples, which would otherwise filter the call.
         */
        Operation parameters(Map<String, String> values) {
            List<String> unknown = new ArrayList<>(values.keySet());
            for (WebElement row : block.findElements(By.cssSelector(".parameters tr[data-param-name]"))) {
                String param = row.getDomAttribute("data-param-name");
                String value = values.getOrDefault(param, "");
                unknown.remove(param);
                List<WebElement> selects = row.findElements(By.cssSelector("select"));
                if (!selects.isEmpty()) {
                    new Select(selects.get(0)).selectByValue(value);
                    continue;
                }
                List<WebElement> inputs = row.findElements(By.cssSelector("input[type=text], input:not([type])"));
                if (inputs.isEmpty()) {
                    continue;
                }
                WebElement input = inputs.get(0);
                scrollTo(input);
                // select-all and type over: React keeps its own copy of the value, which WebElement.clear() leaves stale
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                if (!value.isEmpty()) {
                    input.sendKeys(value);
                }
                until("parameter " + param + " of " + name + " to read '" + value + "'")
                        .until(d -> value.equals(input.getDomProperty("value")));
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(name + " shows no parameter " + unknown);
            }
            showParameters();
            screenshot("parameters");
            return this;
        }

        private void showParameters() {
            List<WebElement> table = block.findElements(By.cssSelector(".parameters-container"));
            if (!table.isEmpty()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", table.get(0));
            }
        }

        /** Presses Execute and waits for Swagger UI to show the server's response. */
        Shown execute() {
            click(block.findElement(By.cssSelector("button.execute")));
            By status = By.cssSelector(".live-responses-table tbody tr.response td.response-col_status");
            until("Swagger UI to show the server response of " + name)
                    .until(d -> !block.findElements(status).isEmpty() && !block.findElement(status).getText().isBlank());
            WebElement row = block.findElement(By.cssSelector(".live-responses-table tbody tr.response"));
            scrollTo(row);
            String statusText = row.findElement(By.cssSelector("td.response-col_status")).getText().trim();
            // the body's own text, without the copy and download buttons beside it
            List<WebElement> bodies = row.findElements(By.cssSelector("td.response-col_description .highlight-code pre"));
            String body = bodies.isEmpty() ? "" : bodies.get(0).getDomProperty("textContent");
            String details = row.findElement(By.cssSelector("td.response-col_description")).getDomProperty("textContent");
            String requestUrl = block.findElements(By.cssSelector(".request-url pre")).stream()
                    .map(WebElement::getText).findFirst().orElse("");
            Path shot = screenshot("response");
            return new Shown(name, statusText, body, details, requestUrl, shot);
        }
    }

    /** What Swagger UI shows under "Server response" after Execute. */
    record Shown(String operation, String statusText, String body, String details, String requestUrl, Path screenshot) {

        private static final Pattern CODE = Pattern.compile("^(\\d{3})");

        int status() {
            Matcher m = CODE.matcher(statusText);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }

        /**
         * Passes only if the shown status is {@code expectedStatus} and the response body shows
         * every one of {@code texts}; the failure message says what Swagger UI showed instead.
         */
        Shown assertShows(int expectedStatus, String... texts) {
            List<String> wrong = new ArrayList<>();
            if (status() != expectedStatus) {
                wrong.add("status " + statusText.replace('\n', ' ') + " instead of " + expectedStatus);
            }
            for (String text : texts) {
                if (!body.contains(text)) {
                    wrong.add("no '" + text + "' in the response body");
                }
            }
            if (!wrong.isEmpty()) {
                throw new AssertionError("Swagger UI's response to " + operation + " (" + requestUrl + ") shows "
                        + String.join(", ", wrong) + "; it showed:\n" + body + "\n(screenshot: " + screenshot + ")");
            }
            return this;
        }

        Shown assertDoesNotShow(String text) {
            if (body.contains(text)) {
                throw new AssertionError("Swagger UI's response to " + operation + " shows '" + text + "', which it must not:\n" + body);
            }
            return this;
        }
    }
}
