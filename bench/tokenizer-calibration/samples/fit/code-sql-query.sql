-- Monthly revenue and repeat-customer rate per country, last 12 months
WITH monthly_orders AS (
    SELECT
        c.country_code,
        date_trunc('month', o.placed_at) AS month,
        o.customer_id,
        SUM(o.total_cents) / 100.0 AS revenue
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN ('paid', 'shipped', 'delivered')
      AND o.placed_at >= now() - INTERVAL '12 months'
    GROUP BY 1, 2, 3
),
repeaters AS (
    SELECT customer_id
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
    HAVING COUNT(*) >= 2
)
SELECT
    m.country_code,
    m.month,
    ROUND(SUM(m.revenue)::numeric, 2)                          AS revenue,
    COUNT(DISTINCT m.customer_id)                              AS customers,
    ROUND(100.0 * COUNT(DISTINCT r.customer_id)
          / NULLIF(COUNT(DISTINCT m.customer_id), 0), 1)       AS repeat_pct
FROM monthly_orders m
LEFT JOIN repeaters r ON r.customer_id = m.customer_id
GROUP BY m.country_code, m.month
ORDER BY m.country_code, m.month;
