import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BackLink } from '../back-link/back-link';
import { Button } from '../button/button';
import { ButtonLink } from '../button/button-link';
import { Checkboxes } from '../checkboxes/checkboxes';
import { DateInput } from '../date-input/date-input';
import { Details } from '../details/details';
import { ErrorMessage } from '../error-message/error-message';
import { ErrorSummary } from '../error-summary/error-summary';
import { Fieldset } from '../fieldset/fieldset';
import { Footer } from '../footer/footer';
import { GenericHeader } from '../generic-header/generic-header';
import { Header } from '../header/header';
import { InsetText } from '../inset-text/inset-text';
import { NotificationBanner } from '../notification-banner/notification-banner';
import { Pagination } from '../pagination/pagination';
import { Panel } from '../panel/panel';
import { PhaseBanner } from '../phase-banner/phase-banner';
import { Radios } from '../radios/radios';
import { Select } from '../select/select';
import { ServiceNavigation } from '../service-navigation/service-navigation';
import { SkipLink } from '../skip-link/skip-link';
import { SummaryList } from '../summary-list/summary-list';
import { Table } from '../table/table';
import { Tag } from '../tag/tag';
import { Textarea } from '../textarea/textarea';
import { TextInput } from '../text-input/text-input';
import { parseHtml, type HtmlElement } from '../testing';
import { WarningText } from '../warning-text/warning-text';

// Each case renders a React component with the options of one of govuk-frontend's own fixtures and
// compares the result with the fixture's HTML, ignoring only whitespace, attribute order and class order.

const componentsDirectory = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist/govuk/components');

interface Fixture {
  name: string;
  html: string;
}

function fixtureHtml(component: string, name: string): string {
  const file = JSON.parse(readFileSync(join(componentsDirectory, component, 'fixtures.json'), 'utf8')) as {
    fixtures: Fixture[];
  };
  const fixture = file.fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`No "${name}" fixture for ${component}`);
  return fixture.html;
}

function canonical(node: HtmlElement | string): string {
  if (typeof node === 'string') return node.replace(/\s+/g, ' ').trim();
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => [name, name === 'class' ? value.split(/\s+/).filter(Boolean).sort().join(' ') : value])
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const children = node.children.map(canonical).filter(Boolean).join('');
  return node.tagName === '#root' ? children : `<${node.tagName}${attributes}>${children}</${node.tagName}>`;
}

const cases: Array<[component: string, fixture: string, element: ReactElement]> = [
  [
    'input',
    'with error and hint',
    <TextInput
      id="with-error-hint"
      name="with-error-hint"
      label="National insurance number"
      errorMessage="Enter a National Insurance number in the correct format"
      hint="It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’."
    />,
  ],
  [
    'input',
    'with prefix and suffix',
    <TextInput label="Cost per item, in pounds" id="input-with-prefix-suffix" name="cost" prefix="£" suffix="per item" />,
  ],
  [
    'textarea',
    'with error message',
    <Textarea
      name="no-ni-reason"
      label="Why can’t you provide a National Insurance number?"
      errorMessage="You must provide an explanation"
    />,
  ],
  [
    'select',
    'with hint text and error message',
    <Select
      name="select-2"
      label="Label text goes here"
      hint="Hint text goes here"
      errorMessage="Error message goes here"
      items={[
        { value: '1', text: 'GOV.UK frontend option 1' },
        { value: '2', text: 'GOV.UK frontend option 2' },
        { value: '3', text: 'GOV.UK frontend option 3' },
      ]}
    />,
  ],
  [
    'radios',
    'with a divider',
    <Radios
      idPrefix="example-divider"
      name="example"
      fieldset={{ legend: 'How do you want to sign in?' }}
      items={[
        { value: 'government-gateway', text: 'Use Government Gateway' },
        { value: 'govuk-verify', text: 'Use GOV.UK Verify' },
        { divider: 'or' },
        { value: 'create-account', text: 'Create an account' },
      ]}
    />,
  ],
  [
    'checkboxes',
    'with divider, None and conditional items',
    <Checkboxes
      name="with-divider-and-none-and-conditional-items"
      fieldset={{ legend: 'Do you have any access needs?' }}
      items={[
        { value: 'accessible-toilets', text: 'Accessible toilets available' },
        { value: 'braille', text: 'Braille translation service available' },
        { value: 'disabled-car-parking', text: 'Disabled car parking available' },
        {
          value: 'another-access-need',
          text: 'Another access need',
          conditional: (
            <>
              <label className="govuk-label" htmlFor="other-access-needs">
                Other access needs
              </label>
              <textarea
                className="govuk-textarea govuk-!-width-one-third"
                name="other-access-needs"
                id="other-access-needs"
              />
            </>
          ),
        },
        { divider: 'or' },
        { value: 'none', text: 'None of these', exclusive: true },
      ]}
    />,
  ],
  [
    'checkboxes',
    'with error message',
    <Checkboxes
      name="waste"
      errorMessage="Please select an option"
      fieldset={{ legend: 'Which types of waste do you transport regularly?' }}
      items={[
        { value: 'animal', text: 'Waste from animal carcasses', hint: 'Nullam id dolor id nibh ultricies vehicula ut id elit.' },
        { value: 'mines', text: 'Waste from mines or quarries', hint: 'Nullam id dolor id nibh ultricies vehicula ut id elit.' },
        { value: 'farm', text: 'Farm or agricultural waste', hint: 'Nullam id dolor id nibh ultricies vehicula ut id elit.' },
      ]}
    />,
  ],
  [
    'date-input',
    'with errors only (using items)',
    <DateInput
      id="dob-errors"
      fieldset={{ legend: 'What is your date of birth?' }}
      items={[
        { name: 'day', className: 'govuk-input--width-2', error: true },
        { name: 'month', className: 'govuk-input--width-2', error: true },
        { name: 'year', className: 'govuk-input--width-4', error: true },
      ]}
    />,
  ],
  [
    'error-summary',
    'mixed with and without links',
    <ErrorSummary
      errorList={[
        { text: 'Invalid username or password' },
        { text: 'Agree to the terms of service to log in', href: '#example-error-1' },
      ]}
    />,
  ],
  ['error-message', 'default', <ErrorMessage>Error message about full name goes here</ErrorMessage>],
  [
    'fieldset',
    'as page heading l',
    <Fieldset legend={{ text: 'What is your address?', className: 'govuk-fieldset__legend--l', isPageHeading: true }} />,
  ],
  [
    'summary-list',
    'as a summary card with actions plus summary list actions',
    <SummaryList
      card={{
        title: 'Undergraduate teaching assistant',
        actions: [
          { text: 'Delete job history', href: '#' },
          { text: 'Withdraw job history', href: '#' },
        ],
      }}
      rows={[
        {
          key: 'Name',
          value: 'Firstname Lastname',
          actions: [
            { href: '#', text: 'Edit', visuallyHiddenText: 'name' },
            { href: '#', text: 'Delete', visuallyHiddenText: 'name' },
          ],
        },
        {
          key: 'Date of birth',
          value: '13/08/1980',
          actions: [{ href: '#', text: 'Change', visuallyHiddenText: 'date of birth' }],
        },
      ]}
    />,
  ],
  [
    'table',
    'with head and caption',
    <Table
      caption="Caption 1: Months and rates"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={['Month you apply', { text: 'Rate for bicycles', format: 'numeric' }, { text: 'Rate for vehicles', format: 'numeric' }]}
      rows={[
        ['January', { text: '£85', format: 'numeric' }, { text: '£95', format: 'numeric' }],
        ['February', { text: '£75', format: 'numeric' }, { text: '£55', format: 'numeric' }],
        ['March', { text: '£165', format: 'numeric' }, { text: '£125', format: 'numeric' }],
      ]}
    />,
  ],
  ['tag', 'default', <Tag>Alpha</Tag>],
  ['inset-text', 'default', <InsetText>It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</InsetText>],
  ['warning-text', 'default', <WarningText>You can be fined up to £5,000 if you don’t register.</WarningText>],
  [
    'details',
    'default',
    <Details summary="Help with nationality">
      We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t
      provide your nationality, you’ll have to send copies of identity documents through the post.
    </Details>,
  ],
  [
    'panel',
    'default',
    <Panel title="Application complete">
      Your reference number
      <br />
      <strong>HDJ2123F</strong>
    </Panel>,
  ],
  ['notification-banner', 'with type as success', <NotificationBanner type="success" text="Email sent to example@email.com" />],
  ['button', 'start', <Button isStartButton>Start now button</Button>],
  ['button', 'disabled', <Button disabled>Disabled button</Button>],
  ['button', 'link', <ButtonLink href="/">Link button</ButtonLink>],
  ['back-link', 'default', <BackLink />],
  ['skip-link', 'default', <SkipLink href="#test-target-element" />],
  [
    'pagination',
    'default',
    <Pagination
      previous={{ href: '/previous' }}
      next={{ href: '/next' }}
      items={[
        { number: 1, href: '/page/1' },
        { number: 2, href: '/page/2', current: true },
        { number: 3, href: '/page/3' },
      ]}
    />,
  ],
  [
    'pagination',
    'with prev and next only and labels',
    <Pagination
      previous={{ text: 'Previous page', labelText: 'Paying VAT and duty', href: '/previous' }}
      next={{ text: 'Next page', labelText: 'Registering an imported vehicle', href: '/next' }}
    />,
  ],
  [
    'phase-banner',
    'default',
    <PhaseBanner tag="Alpha">
      This is a new service - your{' '}
      <a href="#" className="govuk-link">
        feedback
      </a>{' '}
      will help us to improve it.
    </PhaseBanner>,
  ],
  [
    'service-navigation',
    'with service name and navigation',
    <ServiceNavigation
      serviceName="Apply for a juggling license"
      serviceUrl="#/"
      navigation={[
        { href: '#/1', text: 'Navigation item 1' },
        { href: '#/2', text: 'Navigation item 2', active: true },
        { href: '#/3', text: 'Navigation item 3' },
        { href: '#/4', text: 'Navigation item 4' },
      ]}
    />,
  ],
  [
    'service-navigation',
    'with navigation with a current item',
    <ServiceNavigation
      navigation={[
        { href: '#/1', text: 'Navigation item 1' },
        { href: '#/2', text: 'Navigation item 2', current: true },
        { href: '#/3', text: 'Navigation item 3' },
        { href: '#/4', text: 'Navigation item 4' },
      ]}
    />,
  ],
  ['header', 'default', <Header />],
  ['generic-header', 'default', <GenericHeader logo="My cool service" />],
  [
    'footer',
    'with meta links and meta content',
    <Footer
      meta={{
        items: [
          { href: '#1', text: 'Bibendum Ornare' },
          { href: '#2', text: 'Nullam' },
          { href: '#3', text: 'Tortor Fringilla' },
          { href: '#4', text: 'Tellus' },
          { href: '#5', text: 'Egestas Nullam' },
          { href: '#6', text: 'Euismod Etiam' },
          { href: '#7', text: 'Fusce Sollicitudin' },
          { href: '#8', text: 'Ligula Nullam Ultricies' },
        ],
        children: (
          <>
            Built by the{' '}
            <a href="#" className="govuk-footer__link">
              Department of Magical Law Enforcement
            </a>
          </>
        ),
      }}
    />,
  ],
];

describe("markup matches govuk-frontend's fixtures", () => {
  it.each(cases)('%s: %s', (component, fixture, element) => {
    const expected = canonical(parseHtml(fixtureHtml(component, fixture)));
    const actual = canonical(parseHtml(renderToStaticMarkup(element)));
    expect(actual).toBe(expected);
  });
});
