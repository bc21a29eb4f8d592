package uk.gov.education.intervention.platform.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body of the wrong shape (an array where an object belongs, an object where a string
 * belongs) as a validation problem naming the field. Quarkus REST maps this exception itself, to a
 * 400 with no body at all, ahead of the problem library's mapper for JSON errors; this mapper takes
 * it back and lets {@link ProblemShape} describe it like every other bad body.
 */
public class JsonBodyProblems {

    @ServerExceptionMapper(value = MismatchedInputException.class, priority = Priorities.USER)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        HttpProblem problem = HttpProblem.builder().withStatus(400).withTitle("Bad Request").build();
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(e, uri)).toResponse();
    }
}
