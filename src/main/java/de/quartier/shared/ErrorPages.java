package de.quartier.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that is not handled closer to its cause ends here: an HTML page in the layout for people, RFC 9457
 * problem JSON for the API. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        int status = statusOf(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && (uri.startsWith("/api/") || uri.startsWith("/v3/"))) {
            ModelAndView json = new ModelAndView(problem(status, uri));
            json.setStatus(HttpStatus.valueOf(status));
            return json;
        }
        ModelAndView page = new ModelAndView("shared/error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        return page;
    }

    static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return HttpStatus.resolve(status) == null ? 500 : status;
    }

    private static org.springframework.web.servlet.View problem(int status, String uri) {
        return (model, request, response) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.valueOf(status).getReasonPhrase());
            body.put("status", status);
            body.put("instance", uri);
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), body);
        };
    }
}
