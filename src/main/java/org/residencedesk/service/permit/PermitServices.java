package org.residencedesk.service.permit;

import java.time.Clock;

/**
 * The five 居住证 services, one per stage (ADR 0110), for callers that drive a permit through several
 * stages (the window's permit area, demo data). Built by the composition root from the five plain
 * constructors.
 *
 * @param applications 受理: eligibility, 申领, 补齐材料, 受理
 * @param review       审核: approve, reject, the platform's review result
 * @param cardProduction 制证/发放: print, mark printed, 发证
 * @param lifecycle    签注/补换领/注销 and the lapse job
 * @param queries      查询: one permit, lists, queues, export rows, the policy
 */
public record PermitServices(PermitApplicationService applications, PermitReviewService review,
                             CardProductionService cardProduction, PermitLifecycleService lifecycle,
                             PermitQueries queries) {

    /** The same five services on another clock (demo data that replays years of steps). */
    PermitServices withClock(Clock other) {
        return new PermitServices(applications.withClock(other), review.withClock(other),
                cardProduction.withClock(other), lifecycle.withClock(other), queries.withClock(other));
    }
}
