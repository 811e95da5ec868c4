// Gap and roadmap: targets against this assessment's levels, the criteria in between, and the
// team's action items with owner, due date and status.
import type { Roadmap } from '../../../domain/reports/assessment-report-roadmap';
import { ReportSection } from '../ReportFrame';

export function RoadmapReport({ roadmap }: { readonly roadmap: Roadmap }) {
  return (
    <ReportSection id="report-roadmap" title="Gap and roadmap">
      <p>{roadmap.summary}</p>
      <table>
        <caption className="report-caption">
          Target level per category against this assessment
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Now</th>
            <th scope="col">Target</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {roadmap.targets.map((row) => (
            <tr key={row.categoryId}>
              <th scope="row">{row.name}</th>
              <td>{row.current}</td>
              <td>{row.target}</td>
              <td>{row.gap}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {roadmap.gaps.length > 0 && <h3>Criteria between this assessment and the targets</h3>}
      {roadmap.gaps.map((category) => (
        <div key={category.categoryId} className="report-gap">
          <h4>{category.heading}</h4>
          <ul className="report-gap-list">
            {category.criteria.map((gap) => (
              <li key={gap.id} className="report-keep">
                <strong>Level {gap.level}:</strong> {gap.text}{' '}
                <span className="report-muted">{gap.answered}</span>
                <span className="report-gap-guidance">Evidence: {gap.guidance}</span>
                {gap.actions.map((action) => (
                  <span key={action} className="report-gap-action">
                    Action item: {action}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h3>Action items</h3>
      <p className="report-note">{roadmap.actionItemsRule}</p>
      {roadmap.actionItems.length === 0 ? (
        <p>No action items to list.</p>
      ) : (
        <table className="report-actions">
          <caption className="report-caption">The team’s action items</caption>
          <thead>
            <tr>
              <th scope="col">Action item</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {roadmap.actionItems.map((item) => (
              <tr key={item.id}>
                <td>{item.title}</td>
                <td>{item.owner}</td>
                <td className="report-nowrap">{item.due}</td>
                <td>{item.status}</td>
                <td>{item.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
