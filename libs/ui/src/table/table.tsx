import { isValidElement, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface TableCell {
  text: ReactNode;
  /** Right-aligns numbers so they can be compared down a column. */
  format?: 'numeric';
  className?: string;
  colSpan?: number;
  rowSpan?: number;
}

export type TableCellProp = TableCell | string | number;

export interface TableProps {
  caption?: ReactNode;
  /** For example `govuk-table__caption--m`. */
  captionClassName?: string;
  head?: TableCellProp[];
  rows: TableCellProp[][];
  /** Make each row's first cell a row header (`th scope="row"`). */
  firstCellIsHeader?: boolean;
  className?: string;
}

function toCell(cell: TableCellProp): TableCell {
  if (typeof cell === 'object' && cell !== null && !isValidElement(cell) && 'text' in cell) return cell;
  return { text: cell };
}

export function Table({ caption, captionClassName, head, rows, firstCellIsHeader, className }: TableProps) {
  return (
    <table className={classNames('govuk-table', className)}>
      {caption !== undefined && (
        <caption className={classNames('govuk-table__caption', captionClassName)}>{caption}</caption>
      )}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map(toCell).map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={classNames(
                  'govuk-table__header',
                  cell.format && `govuk-table__header--${cell.format}`,
                  cell.className,
                )}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map(toCell).map((cell, index) =>
              index === 0 && firstCellIsHeader ? (
                <th
                  key={index}
                  scope="row"
                  className={classNames('govuk-table__header', cell.className)}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </th>
              ) : (
                <td
                  key={index}
                  className={classNames(
                    'govuk-table__cell',
                    cell.format && `govuk-table__cell--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
